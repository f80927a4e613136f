package org.simap.model;

import java.util.Locale;

/** A closed set of values written in map files as lowercase words, such as {@code process}. */
public interface Keyword {

  String name();

  /** Returns the word as it is written in a map file. */
  default String keyword() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
