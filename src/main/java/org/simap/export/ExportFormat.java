package org.simap.export;

import org.simap.model.Keyword;

/** The formats that {@code simap export} writes. */
public enum ExportFormat implements Keyword {
  /** A readable report for a team meeting. */
  MARKDOWN,
  /** One row per element, for spreadsheets. */
  CSV,
  /** The map with defaults filled in and references resolved, for scripts. */
  JSON,
  /** The Graphviz source of the map's picture, as {@code simap render} lays it out. */
  DOT;

  /** Returns the exporter that writes this format. */
  public Exporter exporter() {
    return switch (this) {
      case MARKDOWN -> new MarkdownExporter();
      case CSV -> new CsvExporter();
      case JSON -> new JsonExporter();
      case DOT -> new DotExporter();
    };
  }

  /** Returns the word used on the command line, which help and shell completions show. */
  @Override
  public String toString() {
    return keyword();
  }
}
