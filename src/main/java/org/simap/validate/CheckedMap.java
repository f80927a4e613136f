package org.simap.validate;

import static java.util.Objects.requireNonNull;

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
    diagnostics = diagnostics.stream().sorted().toList();
  }

  public boolean valid() {
    return map.isPresent();
  }

  public long count(Severity severity) {
    return diagnostics.stream().filter(d -> d.severity() == severity).count();
  }
}
