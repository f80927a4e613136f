package org.simap.render;

import org.simap.model.Keyword;

/**
 * The change of an element between two versions of a map, for a picture of the difference. The map
 * passed to {@link DotWriter} must then contain the removed elements too, so they can be drawn as
 * ghosts.
 */
public enum Mark implements Keyword {
  ADDED,
  CHANGED,
  MOVED,
  REMOVED;

  /** Returns the word used on the command line, which picocli also shows in help. */
  @Override
  public String toString() {
    return keyword();
  }
}
