package org.simap.model;

/** The team's decision about a part of the map: improve it or investigate it. */
public enum FocusKind implements Keyword {
  /** An area where changes might be tested for effectiveness. */
  IMPROVEMENT,
  /** An area the team needs to understand better before changing it. */
  INVESTIGATE
}
