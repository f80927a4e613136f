package org.simap.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.simap.model.ElementType;

/**
 * A structure, process or norm that differs between two versions.
 *
 * @param id the element's id in the new version, or in the old one for a removed element
 * @param oldId the previous id of a renamed element
 * @param type the element's type in the new version, or in the old one for a removed element
 * @param name the element's name, taken like its type
 * @param level the id of the element's level in the new version, or in the old one for a removed
 *     element
 * @param oldLevel the id of the level that held a moved element
 * @param fields the fields that changed; empty for added, removed and renamed elements
 */
public record ElementChange(
    ChangeKind kind,
    String id,
    Optional<String> oldId,
    ElementType type,
    String name,
    String level,
    Optional<String> oldLevel,
    List<FieldChange> fields) {

  public ElementChange {
    requireNonNull(kind, "kind");
    requireNonNull(id, "id");
    requireNonNull(oldId, "oldId");
    requireNonNull(type, "type");
    requireNonNull(name, "name");
    requireNonNull(level, "level");
    requireNonNull(oldLevel, "oldLevel");
    fields = List.copyOf(fields);
  }
}
