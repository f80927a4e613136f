package org.simap.model;

import java.util.Comparator;
import java.util.Objects;

/**
 * A place in a map file: the file name as the user gave it, and a 1-based line and column.
 *
 * <p>Line and column 0 mean "the whole file", for problems such as an unreadable file.
 */
public record SourcePosition(String file, int line, int column)
    implements Comparable<SourcePosition> {

  private static final Comparator<SourcePosition> ORDER =
      Comparator.comparing(SourcePosition::file)
          .thenComparingInt(SourcePosition::line)
          .thenComparingInt(SourcePosition::column);

  public SourcePosition {
    Objects.requireNonNull(file, "file");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("negative position " + line + ":" + column);
    }
  }

  /** Creates the position that stands for a file as a whole. */
  public static SourcePosition wholeFile(String file) {
    return new SourcePosition(file, 0, 0);
  }

  /** Formats the position as {@code file:line:column}, or just the file for a whole file. */
  @Override
  public String toString() {
    return line == 0 ? file : file + ":" + line + ":" + column;
  }

  @Override
  public int compareTo(SourcePosition other) {
    return ORDER.compare(this, other);
  }
}
