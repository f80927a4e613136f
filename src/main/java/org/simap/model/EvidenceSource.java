package org.simap.model;

/** The origin of a piece of evidence. */
public enum EvidenceSource implements Keyword {
  DATA,
  OBSERVATION,
  INTERVIEW,
  DOCUMENT
}
