package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.List;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Level;
import org.simap.model.Severity;

/** Reports a level with no elements at all. */
public final class EmptyLevelRule implements LintRule {

  @Override
  public String id() {
    return "empty-level";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a level with no elements at all";
  }

  @Override
  public String rationale() {
    return """
        A level earns its place on the map through the structures, processes and norms there that \
        influence the problem. An empty level is either a placeholder the team has not filled in \
        yet or a level that does not bear on the problem and can go.""";
  }

  @Override
  public String badExample() {
    return """
        levels:
          - id: district
            name: District
        """;
  }

  @Override
  public String goodExample() {
    return """
        levels:
          - id: district
            name: District
            elements:
              - {id: grading-policy, type: structure, name: District grading policy}
        """;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Level level : context.map().levels()) {
      if (level.elements().isEmpty()) {
        findings.add(
            Finding.about(
                level.id(),
                level.positions().of("id"),
                "level '"
                    + level.id()
                    + "' has no elements; add the structures, processes and norms there"
                    + " that influence the problem, or remove the level"));
      }
    }
    return findings;
  }
}
