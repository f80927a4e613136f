package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;

class NoFocusRuleTest {

  private final NoFocusRule rule = new NoFocusRule();

  private static final String LEVELS =
      HEADER
          + """
          levels:
            - id: classroom
              name: Classroom
              elements:
                - {id: grading, type: process, name: Grading}
          """;

  @Test
  void reportsMapWithoutFocusAsWholeFile() {
    assertThat(check(rule, LEVELS))
        .containsExactly(
            "0:0: the map has no focus entries; record the areas for improvement and the places"
                + " to investigate that the analysis found under 'focus'");
  }

  @Test
  void passesMapWithFocus() {
    String map =
        LEVELS
            + """
            focus:
              - {id: weekly-grades, kind: improvement, name: Weekly grades, elements: [grading]}
            """;

    assertThat(check(rule, map)).isEmpty();
  }
}
