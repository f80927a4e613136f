package org.simap.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A level, challenge, focus entry, root cause or subsystem that differs between two versions,
 * identified by its id.
 *
 * @param name the entry's name in the new version, or in the old one for a removed entry; for a
 *     root cause, which has no name, its text
 * @param fields the fields that changed; empty for added and removed entries
 */
public record EntryChange(ChangeKind kind, String id, String name, List<FieldChange> fields) {

  public EntryChange {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(name, "name");
    fields = List.copyOf(fields);
  }

  /** Returns the change of one field, if that field changed as a whole. */
  public java.util.Optional<FieldChange> field(String field) {
    return fields.stream().filter(change -> change.field().equals(field)).findFirst();
  }
}
