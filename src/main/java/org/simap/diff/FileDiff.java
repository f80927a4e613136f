package org.simap.diff;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * The comparison of one map file between two versions, with the names that output uses for each
 * side: a path, {@code REV:PATH} for a file in a git revision, or the name given for standard
 * input. A side is absent when the file does not exist there: the map was added or removed.
 */
public record FileDiff(Optional<String> oldName, Optional<String> newName, MapDiff diff) {

  /** Whether the map exists on both sides, and whether it changed. */
  public enum Status implements org.simap.model.Keyword {
    ADDED,
    REMOVED,
    CHANGED,
    UNCHANGED
  }

  public FileDiff {
    requireNonNull(oldName, "oldName");
    requireNonNull(newName, "newName");
    requireNonNull(diff, "diff");
    if (oldName.isEmpty() && newName.isEmpty()) {
      throw new IllegalArgumentException("a file diff needs at least one side");
    }
  }

  public Status status() {
    if (oldName.isEmpty()) {
      return Status.ADDED;
    }
    if (newName.isEmpty()) {
      return Status.REMOVED;
    }
    return diff.isEmpty() ? Status.UNCHANGED : Status.CHANGED;
  }

  /** Returns the name that headings use: the new side's, or the old one's for a removed map. */
  public String name() {
    return newName.or(() -> oldName).orElseThrow();
  }
}
