package org.simap.io;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A lint configuration file as written: the rule settings and the per-file overrides, each with
 * positions. The file's shape has been checked; rule ids, severities and options have not.
 *
 * @param file the file's name as messages show it
 */
public record LintConfigFile(String file, List<RuleEntry> rules, List<FileOverride> overrides) {

  public LintConfigFile {
    requireNonNull(file, "file");
    rules = List.copyOf(rules);
    overrides = List.copyOf(overrides);
  }

  /**
   * The setting of one rule: either a bare severity word ({@code rule: off}) or a mapping with an
   * optional {@code severity} and the rule's options.
   */
  public record RuleEntry(
      ConfigValue.Text rule, Optional<ConfigValue.Text> severity, List<ConfigValue.Field> options) {
    public RuleEntry {
      requireNonNull(rule, "rule");
      requireNonNull(severity, "severity");
      options = List.copyOf(options);
    }
  }

  /** Rule settings that apply only to the maps whose path matches a glob. */
  public record FileOverride(ConfigValue.Text files, List<RuleEntry> rules) {
    public FileOverride {
      requireNonNull(files, "files");
      rules = List.copyOf(rules);
    }
  }
}
