package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;

class SingleLevelRuleTest {

  private final SingleLevelRule rule = new SingleLevelRule();

  @Test
  void reportsMapWithOneLevel() {
    String map = HEADER + "levels:\n  - id: classroom\n    name: Classroom\n";

    assertThat(check(rule, map))
        .containsExactly(
            "5:3: the map has one level, 'classroom'; add the levels around it whose structures,"
                + " processes and norms bear on the problem");
  }

  @Test
  void passesMapWithTwoLevels() {
    String map =
        HEADER
            + "levels:\n  - id: classroom\n    name: Classroom\n  - id: school\n    name: School\n";

    assertThat(check(rule, map)).isEmpty();
  }
}
