package org.simap.model;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/** An organizational level, such as classroom, school or district, with its elements. */
public record Level(
    String id,
    String name,
    Optional<String> description,
    List<Element> elements,
    Positions positions) {

  public Level {
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    elements = List.copyOf(elements);
    requireNonNull(positions, "positions");
  }

  /** Returns the elements of one type, in map order. */
  public List<Element> elementsOf(ElementType type) {
    return elements.stream().filter(element -> element.type() == type).toList();
  }
}
