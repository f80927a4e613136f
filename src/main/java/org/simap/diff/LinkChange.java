package org.simap.diff;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.simap.model.LinkType;

/**
 * A link that differs between two versions. A link is identified by its ends and its type, so a
 * link whose type changed is one link removed and another added. Only its label can change.
 */
public record LinkChange(
    ChangeKind kind, String from, String to, LinkType type, List<FieldChange> fields) {

  public LinkChange {
    requireNonNull(kind, "kind");
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(type, "type");
    fields = List.copyOf(fields);
  }
}
