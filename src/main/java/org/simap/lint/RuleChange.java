package org.simap.lint;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** What one configuration entry changes about a rule: its level, its options, or both. */
record RuleChange(LintRule rule, Optional<RuleLevel> level, OptionValues options) {

  RuleChange {
    requireNonNull(rule, "rule");
    requireNonNull(level, "level");
    requireNonNull(options, "options");
  }
}
