package org.simap.model;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import java.util.Optional;

/** What the investigation found about an element, with where and when it was found. */
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
