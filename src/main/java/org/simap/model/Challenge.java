package org.simap.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A challenge common to several levels, tying together the elements where it shows. */
public record Challenge(
    String id,
    String name,
    Optional<String> description,
    List<String> elements,
    Positions positions) {

  public Challenge {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    elements = List.copyOf(elements);
    requireNonNull(positions, "positions");
  }
}
