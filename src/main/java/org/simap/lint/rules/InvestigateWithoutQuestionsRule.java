package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.List;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Focus;
import org.simap.model.FocusKind;
import org.simap.model.Severity;

/** Reports a focus entry of kind investigate that lists no questions. */
public final class InvestigateWithoutQuestionsRule implements LintRule {

  @Override
  public String id() {
    return "investigate-without-questions";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "an investigate focus with no questions";
  }

  @Override
  public String rationale() {
    return """
        A place to investigate is only useful with the questions the investigation should answer: \
        they decide whom to interview, what to observe and which data to pull, and they tell the \
        team when the investigation is done.""";
  }

  @Override
  public String badExample() {
    return """
        focus:
          - id: portal-use
            kind: investigate
            name: Why families do not use the parent portal
            elements: [parent-portal]
        """;
  }

  @Override
  public String goodExample() {
    return """
        focus:
          - id: portal-use
            kind: investigate
            name: Why families do not use the parent portal
            elements: [parent-portal]
            questions:
              - Which families have never logged in?
        """;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Focus focus : context.map().focus()) {
      if (focus.kind() == FocusKind.INVESTIGATE && focus.questions().isEmpty()) {
        findings.add(
            Finding.about(
                focus.id(),
                focus.positions().of("id"),
                "investigate focus '"
                    + focus.id()
                    + "' has no questions; list what the investigation should find out under"
                    + " 'questions'"));
      }
    }
    return findings;
  }
}
