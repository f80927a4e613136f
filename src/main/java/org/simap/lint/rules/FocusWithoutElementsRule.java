package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.List;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Focus;
import org.simap.model.Severity;

/** Reports a focus entry that names no elements. */
public final class FocusWithoutElementsRule implements LintRule {

  @Override
  public String id() {
    return "focus-without-elements";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a focus entry naming no elements";
  }

  @Override
  public String rationale() {
    return """
        A focus entry says where on the map a change will be tested or a question asked. Without \
        elements it floats free of the map, and readers cannot see which structures, processes or \
        norms it is meant to change or explain.""";
  }

  @Override
  public String badExample() {
    return """
        focus:
          - id: weekly-grades
            kind: improvement
            name: Grades entered within a week
        """;
  }

  @Override
  public String goodExample() {
    return """
        focus:
          - id: weekly-grades
            kind: improvement
            name: Grades entered within a week
            elements: [grade-entry, grade-book]
        """;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Focus focus : context.map().focus()) {
      if (focus.elements().isEmpty()) {
        findings.add(
            Finding.about(
                focus.id(),
                focus.positions().of("id"),
                "focus entry '"
                    + focus.id()
                    + "' names no elements; list the elements it concerns under 'elements'"));
      }
    }
    return findings;
  }
}
