package org.simap.lint.rules;

import java.util.List;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Severity;
import org.simap.model.SourcePosition;

/** Reports a map without focus entries: the analysis step of the method is not recorded. */
public final class NoFocusRule implements LintRule {

  @Override
  public String id() {
    return "no-focus";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "no focus entries yet: the analysis step is not done";
  }

  @Override
  public String rationale() {
    return """
        The last step of building a map is to analyse it: to name the areas where changes might \
        be tested and the places to investigate further. A map without focus entries records the \
        system but not what the team decided to do about it. This is expected while a map is \
        being drafted.""";
  }

  @Override
  public String badExample() {
    return """
        levels: [...]
        links: [...]
        """;
  }

  @Override
  public String goodExample() {
    return """
        levels: [...]
        links: [...]
        focus:
          - id: weekly-grades
            kind: improvement
            name: Grades entered within a week
            elements: [grade-entry]
        """;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    if (!context.map().focus().isEmpty()) {
      return List.of();
    }
    return List.of(
        Finding.aboutMap(
            SourcePosition.wholeFile(context.map().file()),
            "the map has no focus entries; record the areas for improvement and the places to"
                + " investigate that the analysis found under 'focus'"));
  }
}
