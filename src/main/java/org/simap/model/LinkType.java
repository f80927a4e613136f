package org.simap.model;

/** The kind of bearing one element has on another. {@link #INFLUENCES} is the default. */
public enum LinkType implements Keyword {
  /** The source shapes how the target works. */
  INFLUENCES,
  /** The source cannot work without the target: {@code from: A, to: B} reads "A depends on B". */
  DEPENDS_ON,
  /** The source gives information or material to the target. */
  FEEDS,
  /** The source works against the target. */
  CONFLICTS_WITH,
  /** The source makes the target stronger or more likely to work. */
  SUPPORTS
}
