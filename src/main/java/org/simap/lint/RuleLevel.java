package org.simap.lint;

import java.util.Optional;
import org.simap.model.Keyword;
import org.simap.model.Severity;

/** The setting of a rule in a configuration file: off, or the severity of its findings. */
public enum RuleLevel implements Keyword {
  OFF,
  ERROR,
  WARNING,
  INFO;

  /** Returns the severity of findings, or empty when the rule is off. */
  public Optional<Severity> severity() {
    return switch (this) {
      case OFF -> Optional.empty();
      case ERROR -> Optional.of(Severity.ERROR);
      case WARNING -> Optional.of(Severity.WARNING);
      case INFO -> Optional.of(Severity.INFO);
    };
  }
}
