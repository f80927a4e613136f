package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;

class UnknownWaiverRuleRuleTest {

  private final UnknownWaiverRuleRule rule = new UnknownWaiverRuleRule();

  private static String waiverFor(String ruleId) {
    return HEADER
        + """
        levels:
          - id: district
            name: District
        waivers:
          - rule: %s
            reason: Interviews are planned.
        """
            .formatted(ruleId);
  }

  @Test
  void reportsMisspelledRuleWithSuggestion() {
    assertThat(check(rule, waiverFor("emtpy-level")))
        .containsExactly(
            "8:11: waiver names unknown rule 'emtpy-level' (did you mean 'empty-level'?); run"
                + " 'simap lint --list-rules' to see the rule ids");
  }

  @Test
  void explainsThatValidationChecksCannotBeWaived() {
    assertThat(check(rule, waiverFor("duplicate-id")))
        .containsExactly(
            "8:11: waiver names 'duplicate-id', a validation check; only lint rules can be"
                + " waived, so fix the map");
  }

  @Test
  void passesKnownRule() {
    assertThat(check(rule, waiverFor("empty-level"))).isEmpty();
  }
}
