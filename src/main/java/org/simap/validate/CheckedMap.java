package org.simap.validate;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.simap.model.Diagnostic;
import org.simap.model.Severity;
import org.simap.model.SystemMap;

/**
 * One map file after validation: its problems, sorted by position, and the map itself when it is
 * valid. Warnings do not make a map invalid.
 */
public record CheckedMap(String file, Optional<SystemMap> map, List<Diagnostic> diagnostics) {

  public CheckedMap {
    requireNonNull(file, "file");
    requireNonNull(map, "map");
    // A list sort rather than a stream, because every map's diagnostics are sorted here, once when
    // it is validated and once when it is linted.
    List<Diagnostic> sorted = new ArrayList<>(diagnostics);
    sorted.sort(null);
    diagnostics = Collections.unmodifiableList(sorted);
  }

  public boolean valid() {
    return map.isPresent();
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
