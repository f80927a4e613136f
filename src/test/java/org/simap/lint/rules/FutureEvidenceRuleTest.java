package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;

class FutureEvidenceRuleTest {

  private final FutureEvidenceRule rule = new FutureEvidenceRule();

  @Test
  void reportsEvidenceDatedTomorrow() {
    assertThat(check(rule, EvidenceMaps.withEvidenceDated("2026-12-02")))
        .containsExactly(
            "13:19: evidence for element 'grading' is dated 2026-12-02, after today (2026-12-01);"
                + " correct the date");
  }

  @Test
  void reportsYearTypo() {
    assertThat(check(rule, EvidenceMaps.withEvidenceDated("2062-10-20"))).hasSize(1);
  }

  @Test
  void passesEvidenceDatedToday() {
    assertThat(check(rule, EvidenceMaps.withEvidenceDated("2026-12-01"))).isEmpty();
  }

  @Test
  void passesPastEvidence() {
    assertThat(check(rule, EvidenceMaps.withEvidenceDated("2020-01-01"))).isEmpty();
  }
}
