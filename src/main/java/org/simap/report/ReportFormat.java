package org.simap.report;

import org.simap.model.Keyword;

/** The output formats of the checking commands. */
public enum ReportFormat implements Keyword {
  /** One line per finding and a summary, for people. */
  TEXT,
  /** One JSON object, for scripts. */
  JSON;

  /** Returns the reporter that writes this format. */
  public Reporter reporter(Style style) {
    return switch (this) {
      case TEXT -> new TextReporter(style);
      case JSON -> new JsonReporter();
    };
  }

  /** Returns the word used on the command line, which picocli also shows in help. */
  @Override
  public String toString() {
    return keyword();
  }

  /** Returns whether the format is for people, and so goes to standard error with diagnostics. */
  public boolean forPeople() {
    return this == TEXT;
  }
}
