package org.simap.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in a map: where it is, how serious it is, what it is, and the id of the check
 * or rule that found it.
 */
public record Diagnostic(SourcePosition position, Severity severity, String message, String rule)
    implements Comparable<Diagnostic> {

  private static final Comparator<Diagnostic> ORDER =
      Comparator.comparing(Diagnostic::position)
          .thenComparing(Diagnostic::severity)
          .thenComparing(Diagnostic::rule)
          .thenComparing(Diagnostic::message);

  public Diagnostic {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rule, "rule");
  }

  public static Diagnostic error(SourcePosition position, String rule, String message) {
    return new Diagnostic(position, Severity.ERROR, message, rule);
  }

  public static Diagnostic warning(SourcePosition position, String rule, String message) {
    return new Diagnostic(position, Severity.WARNING, message, rule);
  }

  /** Formats the diagnostic as one line: {@code file:line:col: severity: message [rule]}. */
  @Override
  public String toString() {
    return position + ": " + severity.keyword() + ": " + message + " [" + rule + "]";
  }

  @Override
  public int compareTo(Diagnostic other) {
    return ORDER.compare(this, other);
  }
}
