package org.simap.lint;

import static java.util.Objects.requireNonNull;

import java.util.List;
import org.simap.model.SourcePosition;

/**
 * A problem a rule found, before the configured severity is applied.
 *
 * @param targets the ids of the levels, elements, challenges or focus entries the finding is about,
 *     which a waiver's {@code target} can name; empty for a finding about the whole map
 */
public record Finding(SourcePosition position, String message, List<String> targets) {

  public Finding {
    requireNonNull(position, "position");
    requireNonNull(message, "message");
    targets = List.copyOf(targets);
  }

  /** Creates a finding about one entry of the map. */
  public static Finding about(String target, SourcePosition position, String message) {
    return new Finding(position, message, List.of(target));
  }

  /** Creates a finding about the map as a whole. */
  public static Finding aboutMap(SourcePosition position, String message) {
    return new Finding(position, message, List.of());
  }
}
