package org.simap.cli;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.simap.io.MapInputs;

/** Checks where commands are about to write, so that no output replaces a map or another output. */
final class OutputTargets {

  private OutputTargets() {}

  /**
   * Returns why writing to {@code target} is refused: it is one of the maps being read, or it is
   * named like a map, so that a slip such as {@code -o map.simap.yaml} cannot replace a map.
   */
  static Optional<String> refusal(Path target, Collection<Path> maps, Path workingDirectory) {
    Path normalized = target.toAbsolutePath().normalize();
    String shown = shown(normalized, workingDirectory);
    for (Path map : maps) {
      if (map.toAbsolutePath().normalize().equals(normalized)) {
        return Optional.of("the output '" + shown + "' is the map being read; choose another file");
      }
    }
    if (MapInputs.isMapFile(normalized)) {
      return Optional.of(
          "the output '"
              + shown
              + "' is named like a map file (.simap.yaml or .simap.yml); choose another name");
    }
    return Optional.empty();
  }

  /** Returns the path as the user would type it: relative to the working folder when inside it. */
  private static String shown(Path path, Path workingDirectory) {
    Path base = workingDirectory.toAbsolutePath().normalize();
    return path.startsWith(base) ? base.relativize(path).toString() : path.toString();
  }

  /** Returns a message when two maps would write to the same output file, or nothing. */
  static Optional<String> clash(Map<String, Path> targetsByMap, Path workingDirectory) {
    Map<Path, String> seen = new HashMap<>();
    for (Map.Entry<String, Path> entry : targetsByMap.entrySet()) {
      Path target = entry.getValue().toAbsolutePath().normalize();
      String other = seen.putIfAbsent(target, entry.getKey());
      if (other != null) {
        return Optional.of(
            "'"
                + other
                + "' and '"
                + entry.getKey()
                + "' would both be drawn to '"
                + shown(target, workingDirectory)
                + "'; render them separately with -o");
      }
    }
    return Optional.empty();
  }
}
