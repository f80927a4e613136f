package org.simap.io;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.simap.model.Diagnostic;
import org.simap.model.SystemMap;

/**
 * The outcome of loading one file: the map as far as it could be read, and the problems found. The
 * map is absent when the file could not be read as a map at all.
 */
public record LoadResult(String file, Optional<SystemMap> map, List<Diagnostic> diagnostics) {

  public LoadResult {
    requireNonNull(file, "file");
    requireNonNull(map, "map");
    diagnostics = List.copyOf(diagnostics);
  }
}
