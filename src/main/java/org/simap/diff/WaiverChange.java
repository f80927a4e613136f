package org.simap.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;

/**
 * A waiver that differs between two versions. A waiver has no id, so it is identified by its rule
 * and its target; its reason and end date can change.
 */
public record WaiverChange(
    ChangeKind kind, String rule, Optional<String> target, List<FieldChange> fields) {

  public WaiverChange {
    requireNonNull(kind, "kind");
    requireNonNull(rule, "rule");
    requireNonNull(target, "target");
    fields = List.copyOf(fields);
  }
}
