package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.lint.RuleOption;
import org.simap.model.Element;
import org.simap.model.ElementType;
import org.simap.model.Level;
import org.simap.model.Severity;

/**
 * Reports a level that lacks structures, processes or norms. A level with no elements at all is
 * left to {@link EmptyLevelRule}.
 */
public final class MissingElementTypeRule implements LintRule {

  public static final RuleOption<Set<ElementType>> TYPES =
      RuleOption.elementTypes(
          "types", EnumSet.allOf(ElementType.class), "the element types every level must have");

  public static final RuleOption<Map<String, Set<ElementType>>> LEVELS =
      RuleOption.elementTypesByLevel(
          "levels",
          "the element types required on particular levels, by level id; replaces 'types'"
              + " for those levels");

  @Override
  public String id() {
    return "missing-element-type";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a level with no structures, no processes or no norms";
  }

  @Override
  public String rationale() {
    return """
        The method asks, at every level, which structures, processes and norms influence the \
        problem. Norms, the written and unwritten rules of behaviour, are the easiest to leave \
        out, and a level without them usually means the team has not yet asked how people there \
        actually behave. A missing type is a prompt for the next investigation, not proof of a \
        gap.""";
  }

  @Override
  public String badExample() {
    return """
        levels:
          - id: school
            name: School
            elements:
              - {id: grading-guidelines, type: structure, name: Grading guidelines}
              - {id: midterm-review, type: process, name: Midterm review of failing grades}
        """;
  }

  @Override
  public String goodExample() {
    return """
        levels:
          - id: school
            name: School
            elements:
              - {id: grading-guidelines, type: structure, name: Grading guidelines}
              - {id: midterm-review, type: process, name: Midterm review of failing grades}
              - {id: grading-is-private, type: norm, name: Grades are each teacher's call}
        """;
  }

  @Override
  public List<RuleOption<?>> options() {
    return List.of(TYPES, LEVELS);
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    Set<ElementType> types = context.option(TYPES);
    Map<String, Set<ElementType>> byLevel = context.option(LEVELS);
    for (Level level : context.map().levels()) {
      if (level.elements().isEmpty()) {
        continue;
      }
      Set<ElementType> missing = EnumSet.noneOf(ElementType.class);
      missing.addAll(byLevel.getOrDefault(level.id(), types));
      List<Element> elements = level.elements();
      for (int i = 0; i < elements.size(); i++) {
        missing.remove(elements.get(i).type());
      }
      if (!missing.isEmpty()) {
        List<String> words = new ArrayList<>(missing.size());
        for (ElementType type : missing) {
          words.add(type.keyword());
        }
        findings.add(
            Finding.about(
                level.id(),
                level.positions().of("id"),
                "level '" + level.id() + "' has no " + Words.or(words) + " elements"));
      }
    }
    return findings;
  }
}
