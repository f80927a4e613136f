package org.simap.model;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * An organizational subsystem such as instruction, human resources or finance: the second axis of
 * the map, across the levels.
 */
public record Subsystem(String id, String name, Optional<String> description, Positions positions) {

  public Subsystem {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(positions, "positions");
  }
}
