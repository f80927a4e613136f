package org.simap.render;

import org.simap.model.Keyword;

/** The arrangement of the elements inside each level. */
public enum Layout implements Keyword {
  /** One row per element type (structures, then processes, then norms) inside each level. */
  LEVELS,
  /**
   * Levels by subsystems: one column per subsystem, the same columns in every level, under a header
   * row with the subsystem names. Needs a map that declares subsystems.
   */
  GRID;

  /** Returns the word used on the command line, which picocli also shows in help. */
  @Override
  public String toString() {
    return keyword();
  }
}
