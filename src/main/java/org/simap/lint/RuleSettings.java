package org.simap.lint;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.simap.model.Severity;

/** The setting of each rule for one map: off or at a severity, and with which options. */
public final class RuleSettings {

  private final Map<String, RuleLevel> levels;
  private final Map<String, OptionValues> options;

  private RuleSettings(Map<String, RuleLevel> levels, Map<String, OptionValues> options) {
    this.levels = Map.copyOf(levels);
    this.options = Map.copyOf(options);
  }

  /** Returns every rule at its default severity with default options. */
  public static RuleSettings defaults() {
    return new RuleSettings(Map.of(), Map.of());
  }

  /** Returns the severity of the rule's findings, or empty when the rule is off. */
  public Optional<Severity> severity(LintRule rule) {
    RuleLevel level = levels.get(rule.id());
    return level == null ? Optional.of(rule.defaultSeverity()) : level.severity();
  }

  public OptionValues options(LintRule rule) {
    return options.getOrDefault(rule.id(), OptionValues.defaults());
  }

  /** Returns these settings with the changes applied in order, later ones winning. */
  RuleSettings apply(List<RuleChange> changes) {
    Map<String, RuleLevel> newLevels = new HashMap<>(levels);
    Map<String, OptionValues> newOptions = new HashMap<>(options);
    for (RuleChange change : changes) {
      String id = change.rule().id();
      change.level().ifPresent(level -> newLevels.put(id, level));
      newOptions.put(
          id, newOptions.getOrDefault(id, OptionValues.defaults()).merge(change.options()));
    }
    return new RuleSettings(newLevels, newOptions);
  }
}
