package org.simap.model;

/** How one element bears on another. {@link #INFLUENCES} is the default. */
public enum LinkType implements Keyword {
  /** The source shapes how the target works. */
  INFLUENCES,
  /** The target cannot work without the source. */
  DEPENDS_ON,
  /** The source gives information or material to the target. */
  FEEDS,
  /** The source works against the target. */
  CONFLICTS_WITH,
  /** The source makes the target stronger or more likely to work. */
  SUPPORTS
}
