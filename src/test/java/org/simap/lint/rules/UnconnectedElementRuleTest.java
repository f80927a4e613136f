package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;

class UnconnectedElementRuleTest {

  private final UnconnectedElementRule rule = new UnconnectedElementRule();

  private static final String LEVELS =
      HEADER
          + """
          levels:
            - id: classroom
              name: Classroom
              elements:
                - {id: grade-entry, type: process, name: Grade entry}
                - {id: grade-book, type: structure, name: Grade book}
                - {id: quiet-students, type: norm, name: Students do not ask}
          """;

  @Test
  void reportsElementWithoutConnections() {
    String map = LEVELS + "links:\n  - {from: grade-entry, to: grade-book}\n";

    assertThat(check(rule, map))
        .containsExactly(
            "10:14: element 'quiet-students' is in no link, challenge or focus entry; link it to"
                + " the elements it influences or depends on");
  }

  @Test
  void countsChallengesAndFocusAsConnections() {
    String map =
        LEVELS
            + """
            links:
              - {from: grade-entry, to: grade-book}
            focus:
              - {id: ask, kind: investigate, name: Asking, elements: [quiet-students], questions: [Who asks?]}
            """;

    assertThat(check(rule, map)).isEmpty();
  }
}
