package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.List;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Element;
import org.simap.model.Level;
import org.simap.model.Severity;

/** Reports an element without a description. */
public final class MissingDescriptionRule implements LintRule {

  @Override
  public String id() {
    return "missing-description";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "an element without a description";
  }

  @Override
  public String rationale() {
    return """
        A name fits in a diagram box; what the element is and how it bears on the problem does \
        not. The description is what lets someone outside the team, or the team a year later, \
        understand the map and check it against the system as it is now.""";
  }

  @Override
  public String badExample() {
    return """
        - id: midterm-review
          type: process
          name: Midterm review
        """;
  }

  @Override
  public String goodExample() {
    return """
        - id: midterm-review
          type: process
          name: Midterm review
          description: >-
            Counsellors pull the list of students below passing at the midpoint of the term
            and decide whom to call.
        """;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Level level : context.map().levels()) {
      for (Element element : level.elements()) {
        if (element.description().isEmpty()) {
          findings.add(
              Finding.about(
                  element.id(),
                  element.positions().of("id"),
                  "element '"
                      + element.id()
                      + "' has no description; say what it is and how it bears on the problem"));
        }
      }
    }
    return findings;
  }
}
