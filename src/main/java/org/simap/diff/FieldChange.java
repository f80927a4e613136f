package org.simap.diff;

import static java.util.Objects.requireNonNull;

import java.util.Optional;

/**
 * One field of an entry that differs between two versions, named as in the map file.
 *
 * <p>A single-valued field gives one change with both values, either of them absent when the field
 * is not set on that side. A list field whose order carries no meaning, such as {@code tags} or a
 * challenge's {@code elements}, gives one change per item, marked {@code item}: an added item has
 * only a new value, a removed item only an old value.
 */
public record FieldChange(
    String field, Optional<String> oldValue, Optional<String> newValue, boolean item) {

  public FieldChange {
    requireNonNull(field, "field");
    requireNonNull(oldValue, "oldValue");
    requireNonNull(newValue, "newValue");
    if (item && oldValue.isPresent() == newValue.isPresent()) {
      throw new IllegalArgumentException("a list item is either added or removed");
    }
  }

  static FieldChange of(String field, Optional<String> oldValue, Optional<String> newValue) {
    return new FieldChange(field, oldValue, newValue, false);
  }

  static FieldChange addedItem(String field, String value) {
    return new FieldChange(field, Optional.empty(), Optional.of(value), true);
  }

  static FieldChange removedItem(String field, String value) {
    return new FieldChange(field, Optional.of(value), Optional.empty(), true);
  }
}
