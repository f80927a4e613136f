package org.simap.model;

import static java.util.Objects.requireNonNull;

/** A finding of the root-cause analysis that came before the map. */
public record RootCause(String id, String text, Positions positions) {

  public RootCause {
    requireNonNull(id, "id");
    requireNonNull(text, "text");
    requireNonNull(positions, "positions");
  }
}
