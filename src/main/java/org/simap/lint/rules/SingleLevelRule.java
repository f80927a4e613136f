package org.simap.lint.rules;

import java.util.List;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Severity;
import org.simap.model.SystemMap;

/** Reports a map with only one level. */
public final class SingleLevelRule implements LintRule {

  @Override
  public String id() {
    return "single-level";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "a map with one level";
  }

  @Override
  public String rationale() {
    return """
        A system improvement map shows how the levels of an organization, such as classroom, \
        school and district, shape a problem together. With one level the map cannot show the \
        policies and practices above it that constrain what happens there, which is often where \
        the common challenges are. A first draft with one level is fine.""";
  }

  @Override
  public String badExample() {
    return """
        levels:
          - id: classroom
            name: Classroom
            elements:
              - {id: grade-entry, type: process, name: Grade entry}
        """;
  }

  @Override
  public String goodExample() {
    return """
        levels:
          - id: classroom
            name: Classroom
            elements:
              - {id: grade-entry, type: process, name: Grade entry}
          - id: school
            name: School
            elements:
              - {id: grading-guidelines, type: structure, name: School grading guidelines}
        """;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    SystemMap map = context.map();
    if (map.levels().size() != 1) {
      return List.of();
    }
    return List.of(
        Finding.aboutMap(
            map.positions().of("levels"),
            "the map has one level, '"
                + map.levels().get(0).id()
                + "'; add the levels around it whose structures, processes and norms bear on"
                + " the problem"));
  }
}
