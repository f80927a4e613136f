package org.simap.report;

import org.simap.model.Keyword;

/**
 * The output formats of {@code simap diff}. They differ from {@link ReportFormat}, which lists
 * findings, because a diff has a Markdown form for pull-request comments and no findings.
 */
public enum DiffFormat implements Keyword {
  /** Grouped by level with {@code + - ~ →} marks, for people at a terminal. */
  TEXT,
  /** One JSON object, for scripts; the layout is documented in docs/diff.md. */
  JSON,
  /** Headings and lists, for a pull-request comment. */
  MARKDOWN;

  /** Returns the writer of this format. */
  public DiffWriter writer(Style style) {
    return switch (this) {
      case TEXT -> new DiffTextWriter(style);
      case JSON -> new DiffJsonWriter();
      case MARKDOWN -> new DiffMarkdownWriter();
    };
  }

  /** Returns the word used on the command line, which picocli also shows in help. */
  @Override
  public String toString() {
    return keyword();
  }
}
