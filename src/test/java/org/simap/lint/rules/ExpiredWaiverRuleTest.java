package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;

class ExpiredWaiverRuleTest {

  private final ExpiredWaiverRule rule = new ExpiredWaiverRule();

  private static String waiverUntil(String date) {
    return HEADER
        + """
        levels:
          - id: district
            name: District
        waivers:
          - rule: empty-level
            target: district
            reason: District interviews are planned for the spring.
            until: %s
        """
            .formatted(date);
  }

  @Test
  void reportsWaiverPastItsDate() {
    assertThat(check(rule, waiverUntil("2026-11-30")))
        .containsExactly(
            "11:12: waiver for 'empty-level' on 'district' expired after 2026-11-30; fix what it"
                + " covers, or set a new 'until' date if the reason still holds");
  }

  @Test
  void passesWaiverOnItsLastDay() {
    assertThat(check(rule, waiverUntil("2026-12-01"))).isEmpty();
  }

  @Test
  void passesWaiverWithoutDate() {
    assertThat(check(rule, waiverUntil("2026-12-01").replace("    until: 2026-12-01\n", "")))
        .isEmpty();
  }

  @Test
  void cannotBeWaived() {
    assertThat(rule.waivable()).isFalse();
  }
}
