package org.simap.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/** An interdependency between two elements, on one level or across levels. */
public record Link(
    String from, String to, LinkType type, Optional<String> label, Positions positions) {

  public Link {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(type, "type");
    requireNonNull(label, "label");
    requireNonNull(positions, "positions");
  }

  /** Returns the identity of the link within a map: its ends and its type. */
  public String key() {
    return from + " " + type.keyword() + " " + to;
  }
}
