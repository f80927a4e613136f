package org.simap.io;

import static java.util.Objects.requireNonNull;

/**
 * The raw bytes of one map and the name that messages use for it: the path as the user typed it, or
 * the name given for standard input.
 */
public record MapSource(String name, byte[] bytes) {

  public MapSource {
    requireNonNull(name, "name");
    requireNonNull(bytes, "bytes");
  }

  /** Creates a source from text, as tests and generated maps do. */
  public static MapSource of(String name, String text) {
    return new MapSource(name, text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }
}
