package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;
import org.simap.lint.OptionValues;

class StaleEvidenceRuleTest {

  private final StaleEvidenceRule rule = new StaleEvidenceRule();

  @Test
  void reportsEvidenceOlderThanTwelveMonths() {
    assertThat(check(rule, EvidenceMaps.withEvidenceDated("2025-11-30")))
        .containsExactly(
            "13:19: evidence for element 'grading' is dated 2025-11-30, more than 12 months ago;"
                + " check that it still holds, then add newer evidence");
  }

  @Test
  void passesEvidenceExactlyTwelveMonthsOld() {
    assertThat(check(rule, EvidenceMaps.withEvidenceDated("2025-12-01"))).isEmpty();
  }

  @Test
  void monthsOptionSetsLimit() {
    OptionValues options = OptionValues.defaults().with(StaleEvidenceRule.MONTHS, 1);

    assertThat(check(rule, EvidenceMaps.withEvidenceDated("2026-10-15"), options))
        .containsExactly(
            "13:19: evidence for element 'grading' is dated 2026-10-15, more than 1 month ago;"
                + " check that it still holds, then add newer evidence");
  }
}
