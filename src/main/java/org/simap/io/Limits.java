package org.simap.io;

/**
 * Bounds on what the loader accepts, so that a hostile or broken file ends in a clear error and not
 * in an out-of-memory error, a stack overflow or a hang.
 */
public final class Limits {

  /**
   * The largest map file read, in bytes. The 50,000-element map that bench/GenerateMaps.java
   * writes, with a description for every element, is about 27 MiB.
   */
  public static final int MAX_FILE_BYTES = 32 * 1024 * 1024;

  /** The deepest nesting of lists and mappings. A valid map nests six levels at most. */
  public static final int MAX_DEPTH = 64;

  /**
   * The maximum number of aliases to lists or mappings in one file, against "billion laughs"
   * expansion.
   */
  public static final int MAX_COLLECTION_ALIASES = 100;

  /**
   * The longest line, in characters. A long paragraph is a few thousand characters; the YAML
   * scanner slows down with the square of a line's length, taking seconds past a few megabytes.
   */
  public static final int MAX_LINE_CHARS = 100_000;

  private Limits() {}
}
