package org.simap.render.engine;

/** A file format that a {@link LayoutEngine} can produce. */
public enum OutputFormat {
  SVG("svg", true),
  PNG("png", false),
  PDF("pdf", false);

  private final String graphvizName;
  private final boolean text;

  OutputFormat(String graphvizName, boolean text) {
    this.graphvizName = graphvizName;
    this.text = text;
  }

  /** Returns the name Graphviz gives the format, as in {@code dot -Tsvg}. */
  public String graphvizName() {
    return graphvizName;
  }

  /** Returns whether the format is UTF-8 text rather than binary data. */
  public boolean isText() {
    return text;
  }
}
