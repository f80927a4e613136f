package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.simap.lint.OptionValues;
import org.simap.model.ElementType;

class MissingElementTypeRuleTest {

  private final MissingElementTypeRule rule = new MissingElementTypeRule();

  private static final String NO_NORMS =
      HEADER
          + """
          levels:
            - id: school
              name: School
              elements:
                - {id: guidelines, type: structure, name: Guidelines}
                - {id: review, type: process, name: Review}
          """;

  @Test
  void reportsLevelWithoutNorms() {
    assertThat(check(rule, NO_NORMS)).containsExactly("5:9: level 'school' has no norm elements");
  }

  @Test
  void namesEveryMissingType() {
    String map =
        HEADER
            + """
            levels:
              - id: classroom
                name: Classroom
                elements:
                  - {id: quiet-students, type: norm, name: Students do not ask}
            """;

    assertThat(check(rule, map))
        .containsExactly("5:9: level 'classroom' has no structure or process elements");
  }

  @Test
  void passesCompleteLevel() {
    String map = NO_NORMS + "      - {id: private-grades, type: norm, name: Grades are private}\n";

    assertThat(check(rule, map)).isEmpty();
  }

  @Test
  void leavesEmptyLevelToEmptyLevelRule() {
    String map = HEADER + "levels:\n  - id: district\n    name: District\n";

    assertThat(check(rule, map)).isEmpty();
  }

  @Test
  void typesOptionSetsRequiredTypes() {
    OptionValues options =
        OptionValues.defaults()
            .with(MissingElementTypeRule.TYPES, Set.of(ElementType.STRUCTURE, ElementType.PROCESS));

    assertThat(check(rule, NO_NORMS, options)).isEmpty();
  }

  @Test
  void levelsOptionSetsTypesPerLevel() {
    OptionValues options =
        OptionValues.defaults()
            .with(
                MissingElementTypeRule.LEVELS,
                Map.of("school", Set.of(ElementType.STRUCTURE, ElementType.NORM)));

    assertThat(check(rule, NO_NORMS, options))
        .containsExactly("5:9: level 'school' has no norm elements");
    assertThat(
            check(
                rule,
                NO_NORMS,
                OptionValues.defaults()
                    .with(
                        MissingElementTypeRule.LEVELS,
                        Map.of("school", Set.of(ElementType.PROCESS)))))
        .isEmpty();
  }
}
