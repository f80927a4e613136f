package org.simap.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** A structure, process or norm at one level that influences the problem. */
public record Element(
    String id,
    ElementType type,
    String name,
    Optional<String> description,
    Optional<String> subsystem,
    Optional<Rating> variation,
    List<Evidence> evidence,
    List<String> rootCauses,
    Optional<String> owner,
    List<String> tags,
    Optional<String> url,
    Positions positions) {

  public Element {
    requireNonNull(id, "id");
    requireNonNull(type, "type");
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(subsystem, "subsystem");
    requireNonNull(variation, "variation");
    evidence = List.copyOf(evidence);
    rootCauses = List.copyOf(rootCauses);
    requireNonNull(owner, "owner");
    tags = List.copyOf(tags);
    requireNonNull(url, "url");
    requireNonNull(positions, "positions");
  }
}
