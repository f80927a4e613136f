package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;
import org.simap.lint.OptionValues;

class CrowdedLevelRuleTest {

  private final CrowdedLevelRule rule = new CrowdedLevelRule();

  private static String levelWith(int elements) {
    StringBuilder map = new StringBuilder(HEADER);
    map.append("levels:\n  - id: school\n    name: School\n    elements:\n");
    for (int i = 0; i < elements; i++) {
      map.append("      - {id: e").append(i).append(", type: process, name: E").append(i);
      map.append("}\n");
    }
    return map.toString();
  }

  @Test
  void reportsLevelOverDefaultLimit() {
    assertThat(check(rule, levelWith(26)))
        .containsExactly(
            "5:9: level 'school' has 26 elements, more than the 25 a diagram shows legibly; keep"
                + " the key elements and move detail to a separate map");
  }

  @Test
  void passesLevelAtLimit() {
    assertThat(check(rule, levelWith(25))).isEmpty();
  }

  @Test
  void maxElementsOptionSetsLimit() {
    OptionValues options = OptionValues.defaults().with(CrowdedLevelRule.MAX_ELEMENTS, 3);

    assertThat(check(rule, levelWith(4), options)).hasSize(1);
    assertThat(check(rule, levelWith(3), options)).isEmpty();
  }
}
