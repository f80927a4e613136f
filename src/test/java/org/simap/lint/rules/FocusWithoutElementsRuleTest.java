package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;

class FocusWithoutElementsRuleTest {

  private final FocusWithoutElementsRule rule = new FocusWithoutElementsRule();

  private static final String LEVELS =
      HEADER
          + """
          levels:
            - id: classroom
              name: Classroom
              elements:
                - {id: grading, type: process, name: Grading}
          focus:
          """;

  @Test
  void reportsFocusWithoutElements() {
    String map = LEVELS + "  - id: weekly-grades\n    kind: improvement\n    name: Weekly grades\n";

    assertThat(check(rule, map))
        .containsExactly(
            "10:9: focus entry 'weekly-grades' names no elements; list the elements it concerns"
                + " under 'elements'");
  }

  @Test
  void passesFocusWithElements() {
    String map =
        LEVELS
            + "  - {id: weekly-grades, kind: improvement, name: Weekly grades, elements: [grading]}\n";

    assertThat(check(rule, map)).isEmpty();
  }
}
