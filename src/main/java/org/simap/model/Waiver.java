package org.simap.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/**
 * A deliberate exception to a lint rule, recorded in the map with its reason and an optional end
 * date, so that a known gap is not reported again and again.
 */
public record Waiver(
    String rule,
    Optional<String> target,
    String reason,
    Optional<LocalDate> until,
    Positions positions) {

  public Waiver {
    requireNonNull(rule, "rule");
    requireNonNull(target, "target");
    requireNonNull(reason, "reason");
    requireNonNull(until, "until");
    requireNonNull(positions, "positions");
  }
}
