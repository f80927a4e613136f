package org.simap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.simap.diff.FileDiff;
import org.simap.diff.MapDiff;
import org.simap.model.Diagnostic;
import org.simap.model.SystemMap;
import org.simap.report.Findings;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;

/**
 * Validates both sides of each comparison and compares them. Only valid maps are compared: when a
 * side is invalid or could not be read, the result is the findings that {@code simap validate}
 * would report for the same files.
 */
final class MapComparison {

  private MapComparison() {}

  /**
   * The outcome: either the file diffs with the versions compared for each, or the findings that
   * stopped the comparison.
   */
  record Outcome(List<FileDiff> files, List<Versions> versions, Optional<Findings> findings) {}

  /** The two versions of one map. A version is absent when the file does not exist there. */
  record Versions(Optional<SystemMap> oldMap, Optional<SystemMap> newMap) {}

  /** Both sides of one comparison after validation. */
  private record CheckedPair(Optional<CheckedMap> oldMap, Optional<CheckedMap> newMap) {}

  static Outcome run(List<DiffInputs.SourcePair> pairs, List<Diagnostic> failures) {
    List<CheckedPair> checkedPairs = pairs.parallelStream().map(MapComparison::check).toList();
    List<CheckedMap> checked = new ArrayList<>();
    for (CheckedPair checkedPair : checkedPairs) {
      checkedPair.oldMap().ifPresent(checked::add);
      checkedPair.newMap().ifPresent(checked::add);
    }
    if (!failures.isEmpty() || !checked.stream().allMatch(CheckedMap::valid)) {
      return new Outcome(
          List.of(), List.of(), Optional.of(ValidateCommand.findings("diff", checked, failures)));
    }
    List<FileDiff> files = new ArrayList<>();
    List<Versions> versions = new ArrayList<>();
    for (CheckedPair pair : checkedPairs) {
      Versions compared =
          new Versions(
              pair.oldMap().flatMap(CheckedMap::map), pair.newMap().flatMap(CheckedMap::map));
      files.add(
          new FileDiff(
              pair.oldMap().map(CheckedMap::file),
              pair.newMap().map(CheckedMap::file),
              MapDiff.compare(compared.oldMap(), compared.newMap())));
      versions.add(compared);
    }
    return new Outcome(files, versions, Optional.empty());
  }

  /**
   * Validates both sides of a pair. Validation takes most of a diff's time and the sides are
   * independent, so they are validated in parallel, as are the pairs.
   */
  private static CheckedPair check(DiffInputs.SourcePair pair) {
    List<Optional<CheckedMap>> sides =
        Stream.of(pair.oldSource(), pair.newSource())
            .parallel()
            .map(source -> source.map(MapValidator::check))
            .toList();
    return new CheckedPair(sides.get(0), sides.get(1));
  }
}
