package org.simap.model;

/** A three-step scale, used for how widely quality varies and how much agency a team has. */
public enum Rating implements Keyword {
  LOW,
  MEDIUM,
  HIGH
}
