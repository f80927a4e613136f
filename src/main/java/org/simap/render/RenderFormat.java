package org.simap.render;

import java.util.Locale;
import java.util.Optional;
import org.simap.model.Keyword;

/** The file formats of {@code simap render}. */
public enum RenderFormat implements Keyword {
  SVG,
  PNG,
  PDF,
  /** The Graphviz input itself, written without running a layout engine. */
  DOT;

  /** Returns the file name extension, without the dot. */
  public String extension() {
    return keyword();
  }

  /** Returns the format a file name's extension names, such as {@code map.png}. */
  public static Optional<RenderFormat> ofFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    for (RenderFormat format : values()) {
      if (lower.endsWith("." + format.extension())) {
        return Optional.of(format);
      }
    }
    if (lower.endsWith(".gv")) {
      return Optional.of(DOT);
    }
    return Optional.empty();
  }

  /** Returns the word used on the command line, which picocli also shows in help. */
  @Override
  public String toString() {
    return keyword();
  }
}
