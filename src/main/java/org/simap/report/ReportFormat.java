package org.simap.report;

import org.simap.model.Keyword;

/** The output formats of the checking commands, documented in docs/reports.md. */
public enum ReportFormat implements Keyword {
  /** One line per finding and a summary, for people. */
  TEXT,
  /** One JSON object, for scripts. */
  JSON,
  /** A SARIF 2.1.0 log, for GitHub code scanning and other static analysis viewers. */
  SARIF,
  /** GitHub Actions workflow commands, which show as annotations on the files. */
  GITHUB,
  /** JUnit XML, for the test reports of GitLab, Jenkins and other CI systems. */
  JUNIT;

  /** Returns the reporter that writes this format. */
  public Reporter reporter(Style style) {
    return reporter(ReportContext.of(style));
  }

  /** Returns the reporter that writes this format, with what the CI formats need to know. */
  public Reporter reporter(ReportContext context) {
    return switch (this) {
      case TEXT -> new TextReporter(context.style());
      case JSON -> new JsonReporter();
      case SARIF -> new SarifReporter(context);
      case GITHUB -> new GithubReporter(context);
      case JUNIT -> new JunitReporter(context);
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
