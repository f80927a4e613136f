package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;

class VariationWithoutEvidenceRuleTest {

  private final VariationWithoutEvidenceRule rule = new VariationWithoutEvidenceRule();

  private static final String ELEMENT =
      HEADER
          + """
          levels:
            - id: classroom
              name: Classroom
              elements:
                - id: family-calls
                  type: process
                  name: Calls home
                  variation: high
          """;

  @Test
  void reportsHighVariationWithoutEvidence() {
    assertThat(check(rule, ELEMENT))
        .containsExactly(
            "11:20: element 'family-calls' has high variation but no evidence; add the data,"
                + " observations or interviews that show it");
  }

  @Test
  void passesHighVariationWithEvidence() {
    String map =
        ELEMENT
            + """
                    evidence:
                      - text: Five of twelve teachers call before a student fails.
            """;

    assertThat(check(rule, map)).isEmpty();
  }

  @Test
  void passesMediumVariation() {
    assertThat(check(rule, ELEMENT.replace("variation: high", "variation: medium"))).isEmpty();
  }
}
