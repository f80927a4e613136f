package org.simap.cli;

import java.util.Optional;
import org.simap.model.Keyword;
import org.simap.model.Severity;

/** The minimum severity of a finding that makes a checking command exit with 1, or none. */
enum FailLevel implements Keyword {
  ERROR,
  WARNING,
  INFO,
  NONE;

  /** Returns the severity at or above which findings fail the run; empty for none. */
  Optional<Severity> threshold() {
    return this == NONE ? Optional.empty() : Optional.of(Severity.valueOf(name()));
  }

  /** Returns the word used on the command line, which picocli also shows in help. */
  @Override
  public String toString() {
    return keyword();
  }
}
