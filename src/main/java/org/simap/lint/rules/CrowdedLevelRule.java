package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.List;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.lint.RuleOption;
import org.simap.model.Level;
import org.simap.model.Severity;

/** Reports a level with more elements than a diagram shows legibly. */
public final class CrowdedLevelRule implements LintRule {

  /**
   * The default limit: about what fits in one row of a rendered map on a slide or a printed page
   * while names stay readable. An estimate, not a measurement; raise it if your maps print larger.
   */
  public static final RuleOption<Integer> MAX_ELEMENTS =
      RuleOption.positiveInteger(
          "max-elements", 25, "the most elements on one level before it is reported");

  @Override
  public String id() {
    return "crowded-level";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "more elements on one level than a diagram shows legibly (default 25)";
  }

  @Override
  public String rationale() {
    return """
        A system improvement map is a visual snapshot meant to help a group see the whole system \
        at once. Past a couple of dozen elements on one level the diagram stops being readable, \
        and the map is usually mixing the key elements with detail that belongs in a separate \
        map of that part of the system.""";
  }

  @Override
  public String badExample() {
    return """
        - id: school
          name: School
          elements: [... 40 elements ...]
        """;
  }

  @Override
  public String goodExample() {
    return """
        - id: school
          name: School
          elements: [... the 15 elements that bear most on the problem ...]
        """;
  }

  @Override
  public List<RuleOption<?>> options() {
    return List.of(MAX_ELEMENTS);
  }

  @Override
  public List<Finding> check(RuleContext context) {
    int max = context.option(MAX_ELEMENTS);
    List<Finding> findings = new ArrayList<>();
    for (Level level : context.map().levels()) {
      if (level.elements().size() > max) {
        findings.add(
            Finding.about(
                level.id(),
                level.positions().of("id"),
                "level '"
                    + level.id()
                    + "' has "
                    + level.elements().size()
                    + " elements, more than the "
                    + max
                    + " a diagram shows legibly; keep the key elements and move detail to a"
                    + " separate map"));
      }
    }
    return findings;
  }
}
