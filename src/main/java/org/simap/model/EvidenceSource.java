package org.simap.model;

/** Where a piece of evidence came from. */
public enum EvidenceSource implements Keyword {
  DATA,
  OBSERVATION,
  INTERVIEW,
  DOCUMENT
}
