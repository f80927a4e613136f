package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;

class MissingDescriptionRuleTest {

  private final MissingDescriptionRule rule = new MissingDescriptionRule();

  @Test
  void reportsElementWithoutDescription() {
    String map =
        HEADER
            + """
            levels:
              - id: school
                name: School
                elements:
                  - id: midterm-review
                    type: process
                    name: Midterm review
                  - id: guidelines
                    type: structure
                    name: Grading guidelines
                    description: Department agreements on grade categories.
            """;

    assertThat(check(rule, map))
        .containsExactly(
            "8:13: element 'midterm-review' has no description; say what it is and how it bears"
                + " on the problem");
  }
}
