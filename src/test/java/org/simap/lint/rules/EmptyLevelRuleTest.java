package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;

class EmptyLevelRuleTest {

  private final EmptyLevelRule rule = new EmptyLevelRule();

  @Test
  void reportsLevelWithoutElements() {
    String map =
        HEADER
            + """
            levels:
              - id: classroom
                name: Classroom
                elements:
                  - {id: grading, type: process, name: Grading}
              - id: district
                name: District
                elements: []
            """;

    assertThat(check(rule, map))
        .containsExactly(
            "9:9: level 'district' has no elements; add the structures, processes and norms there"
                + " that influence the problem, or remove the level");
  }

  @Test
  void passesLevelWithElements() {
    String map =
        HEADER
            + """
            levels:
              - id: classroom
                name: Classroom
                elements:
                  - {id: grading, type: process, name: Grading}
            """;

    assertThat(check(rule, map)).isEmpty();
  }
}
