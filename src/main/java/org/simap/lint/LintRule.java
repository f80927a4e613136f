package org.simap.lint;

import java.util.List;
import org.simap.model.Severity;

/**
 * One lint rule: a check of a valid map against the practice of building system improvement maps,
 * with the documentation that {@code simap explain} prints.
 */
public interface LintRule {

  /** The stable id used in findings, configuration and waivers, such as {@code empty-level}. */
  String id();

  Severity defaultSeverity();

  /** Returns a one-line description of what the rule finds. */
  String description();

  /** Returns the reason a team would want to hear about a finding. */
  String rationale();

  /** A map fragment that the rule reports. */
  String badExample();

  /** The same fragment, fixed. */
  String goodExample();

  /** Returns the options that a configuration file may set for this rule. */
  default List<RuleOption<?>> options() {
    return List.of();
  }

  /**
   * Returns whether a waiver in the map can suppress this rule's findings. The rules about waivers
   * themselves cannot be waived.
   */
  default boolean waivable() {
    return true;
  }

  /** Checks one valid map and returns the findings, in any order. */
  List<Finding> check(RuleContext context);
}
