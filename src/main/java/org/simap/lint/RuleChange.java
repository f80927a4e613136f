package org.simap.lint;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** The change one configuration entry makes to a rule: its level, its options, or both. */
record RuleChange(LintRule rule, Optional<RuleLevel> level, OptionValues options) {

  RuleChange {
    requireNonNull(rule, "rule");
    requireNonNull(level, "level");
    requireNonNull(options, "options");
  }
}
