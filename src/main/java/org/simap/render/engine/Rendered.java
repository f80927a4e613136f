package org.simap.render.engine;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/** The output of one successful render and the warnings Graphviz printed while producing it. */
public final class Rendered {
  private final OutputFormat format;
  private final byte[] content;
  private final List<String> warnings;

  public Rendered(OutputFormat format, byte[] content, List<String> warnings) {
    this.format = Objects.requireNonNull(format, "format");
    this.content = content.clone();
    this.warnings = List.copyOf(warnings);
  }

  public OutputFormat format() {
    return format;
  }

  /** Returns a copy of the rendered bytes. */
  public byte[] content() {
    return content.clone();
  }

  /**
   * Returns the rendered content decoded as UTF-8.
   *
   * @throws IllegalStateException if the format is binary, such as PNG or PDF
   */
  public String text() {
    if (!format.isText()) {
      throw new IllegalStateException(format.graphvizName() + " output is binary, not text");
    }
    return new String(content, StandardCharsets.UTF_8);
  }

  /** Returns Graphviz's warnings, one message a line, in the order Graphviz printed them. */
  public List<String> warnings() {
    return warnings;
  }
}
