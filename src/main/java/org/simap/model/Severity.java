package org.simap.model;

/** The seriousness of a finding, from most to least serious. */
public enum Severity implements Keyword {
  ERROR,
  WARNING,
  INFO;

  /** Returns whether this severity is as serious as {@code threshold} or more. */
  public boolean atLeast(Severity threshold) {
    return compareTo(threshold) <= 0;
  }
}
