package org.simap.diff;

import org.simap.model.Keyword;

/** The kind of difference of one map entry between two versions. */
public enum ChangeKind implements Keyword {
  /** The entry is only in the new version. */
  ADDED,
  /** The entry is only in the old version. */
  REMOVED,
  /** The entry is in both versions, with at least one field changed. */
  CHANGED,
  /** The element is on another level in the new version; its fields may have changed too. */
  MOVED,
  /** The element has a new id but the same content on the same level. */
  RENAMED;

  /** Returns the mark that text output puts before an entry: {@code + - ~ →}. */
  public String mark() {
    return switch (this) {
      case ADDED -> "+";
      case REMOVED -> "-";
      case CHANGED -> "~";
      case MOVED, RENAMED -> "→";
    };
  }
}
