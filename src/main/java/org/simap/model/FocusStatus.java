package org.simap.model;

/** How far a focus entry has come, from proposal to an adopted change. */
public enum FocusStatus implements Keyword {
  PROPOSED,
  TESTING,
  ADOPTED,
  ABANDONED
}
