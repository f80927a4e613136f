package org.simap.lint;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.List;
import org.simap.model.SystemMap;

/**
 * The input of a rule: the valid map, today's date, the rule's options as configured for this map,
 * and the ids of all lint rules.
 */
public record RuleContext(
    SystemMap map, LocalDate today, OptionValues options, List<String> ruleIds) {

  public RuleContext {
    requireNonNull(map, "map");
    requireNonNull(today, "today");
    requireNonNull(options, "options");
    ruleIds = List.copyOf(ruleIds);
  }

  /** Returns an option's configured value, or its default. */
  public <T> T option(RuleOption<T> option) {
    return options.get(option);
  }
}
