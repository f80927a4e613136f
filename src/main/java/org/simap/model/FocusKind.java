package org.simap.model;

/** What the team decided to do about a part of the map. */
public enum FocusKind implements Keyword {
  /** An area where changes might be tested for effectiveness. */
  IMPROVEMENT,
  /** An area the team needs to understand better before changing it. */
  INVESTIGATE
}
