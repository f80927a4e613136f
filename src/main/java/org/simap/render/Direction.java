package org.simap.render;

import java.util.Locale;
import org.simap.model.Keyword;

/** The direction in which the levels follow each other, as Graphviz's {@code rankdir}. */
public enum Direction implements Keyword {
  /** Top to bottom: the level closest to the problem at the top. */
  TB,
  /** Left to right. */
  LR,
  /** Bottom to top. */
  BT,
  /** Right to left. */
  RL;

  /** Returns the words in upper case, as Graphviz and the help text write them. */
  @Override
  public String keyword() {
    return name().toUpperCase(Locale.ROOT);
  }

  /** Returns the word used on the command line, which picocli also shows in help. */
  @Override
  public String toString() {
    return keyword();
  }
}
