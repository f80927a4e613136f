package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;

class InvestigateWithoutQuestionsRuleTest {

  private final InvestigateWithoutQuestionsRule rule = new InvestigateWithoutQuestionsRule();

  private static final String LEVELS =
      HEADER
          + """
          levels:
            - id: district
              name: District
              elements:
                - {id: portal, type: structure, name: Parent portal}
          focus:
          """;

  @Test
  void reportsInvestigationWithoutQuestions() {
    String map =
        LEVELS + "  - {id: portal-use, kind: investigate, name: Portal use, elements: [portal]}\n";

    assertThat(check(rule, map))
        .containsExactly(
            "10:10: investigate focus 'portal-use' has no questions; list what the investigation"
                + " should find out under 'questions'");
  }

  @Test
  void passesInvestigationWithQuestions() {
    String map =
        LEVELS
            + """
              - id: portal-use
                kind: investigate
                name: Portal use
                elements: [portal]
                questions: [Which families never log in?]
            """;

    assertThat(check(rule, map)).isEmpty();
  }

  @Test
  void passesImprovementWithoutQuestions() {
    String map =
        LEVELS + "  - {id: portal-use, kind: improvement, name: Portal use, elements: [portal]}\n";

    assertThat(check(rule, map)).isEmpty();
  }
}
