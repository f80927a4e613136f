package org.simap.model;

import java.util.Map;
import java.util.Objects;

/**
 * The source positions of one map entry: the entry itself and each of its fields, so that a finding
 * about a field points at that field's value.
 */
public record Positions(SourcePosition node, Map<String, SourcePosition> fields) {

  public Positions {
    Objects.requireNonNull(node, "node");
    fields = Map.copyOf(fields);
  }

  /** Creates positions for an entry that was not read from a file, such as one built in code. */
  public static Positions none() {
    return new Positions(SourcePosition.wholeFile("<memory>"), Map.of());
  }

  /** Returns the position of a field's value, or of the entry when the field is absent. */
  public SourcePosition of(String field) {
    return fields.getOrDefault(field, node);
  }
}
