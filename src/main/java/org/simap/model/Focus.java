package org.simap.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * The result of analysing the map: an area for improvement, or a place to investigate further, with
 * the elements it concerns.
 */
public record Focus(
    String id,
    FocusKind kind,
    String name,
    Optional<String> description,
    List<String> elements,
    Optional<Rating> agency,
    List<String> questions,
    Optional<FocusStatus> status,
    Positions positions) {

  public Focus {
    requireNonNull(id, "id");
    requireNonNull(kind, "kind");
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    elements = List.copyOf(elements);
    requireNonNull(agency, "agency");
    questions = List.copyOf(questions);
    requireNonNull(status, "status");
    requireNonNull(positions, "positions");
  }
}
