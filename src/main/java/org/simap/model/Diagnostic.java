package org.simap.model;

import java.util.Objects;

/**
 * One problem found in a map: where it is, how serious it is, what it is, and the id of the check
 * or rule that found it.
 */
public record Diagnostic(SourcePosition position, Severity severity, String message, String rule)
    implements Comparable<Diagnostic> {

  public Diagnostic {
    Objects.requireNonNull(position, "position");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(rule, "rule");
    message = oneLine(message);
  }

  /**
   * Escapes line breaks and other control characters, so that a value quoted from a file, such as a
   * multi-line id, cannot split the finding over several lines or send codes to a terminal.
   */
  private static String oneLine(String message) {
    StringBuilder escaped = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      // Printable ASCII, which most messages consist of, is never escaped.
      String replacement = c >= ' ' && c < 0x7F ? null : escape(c);
      if (replacement != null && escaped == null) {
        escaped = new StringBuilder(message.length() + 8).append(message, 0, i);
      }
      if (escaped != null) {
        if (replacement != null) {
          escaped.append(replacement);
        } else {
          escaped.append(c);
        }
      }
    }
    return escaped == null ? message : escaped.toString();
  }

  /** Returns the escape of a character that must not appear in a message, or null. */
  private static String escape(char c) {
    return switch (c) {
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> null;
      default ->
          Character.isISOControl(c) || c == '\u2028' || c == '\u2029'
              ? String.format("\\u%04X", (int) c)
              : null;
    };
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

  /** Orders by position, then severity, rule id and message. */
  @Override
  public int compareTo(Diagnostic other) {
    // Plain comparisons rather than a Comparator chain, which calls a lambda for each field it
    // compares. The position comes first, by file, line and column as SourcePosition orders it.
    int order = position.file().compareTo(other.position.file());
    if (order == 0) {
      order = Integer.compare(position.line(), other.position.line());
    }
    if (order == 0) {
      order = Integer.compare(position.column(), other.position.column());
    }
    if (order == 0) {
      order = severity.compareTo(other.severity);
    }
    if (order == 0) {
      order = rule.compareTo(other.rule);
    }
    if (order == 0) {
      order = message.compareTo(other.message);
    }
    return order;
  }
}
