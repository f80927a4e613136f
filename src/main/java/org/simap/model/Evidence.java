package org.simap.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/** A finding of the investigation about an element, with its source and date. */
public record Evidence(
    String text,
    Optional<EvidenceSource> source,
    Optional<LocalDate> date,
    Optional<String> url,
    Positions positions) {

  public Evidence {
    requireNonNull(text, "text");
    requireNonNull(source, "source");
    requireNonNull(date, "date");
    requireNonNull(url, "url");
    requireNonNull(positions, "positions");
  }
}
