package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;

class ChallengeSingleLevelRuleTest {

  private final ChallengeSingleLevelRule rule = new ChallengeSingleLevelRule();

  private static final String LEVELS =
      HEADER
          + """
          levels:
            - id: classroom
              name: Classroom
              elements:
                - {id: teacher-calls, type: process, name: Teacher calls}
                - {id: grade-comments, type: process, name: Grade comments}
            - id: school
              name: School
              elements:
                - {id: school-notices, type: process, name: School notices}
          challenges:
            - id: family-communication
              name: Communication with families
          """;

  @Test
  void reportsChallengeOnOneLevel() {
    String map = LEVELS + "    elements: [teacher-calls, grade-comments]\n";

    assertThat(check(rule, map))
        .containsExactly(
            "15:9: challenge 'family-communication' has elements on one level only, 'classroom';"
                + " add the related elements on other levels");
  }

  @Test
  void passesChallengeAcrossLevels() {
    String map = LEVELS + "    elements: [teacher-calls, school-notices]\n";

    assertThat(check(rule, map)).isEmpty();
  }
}
