package org.simap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.simap.diff.MapDiff;
import org.simap.io.LoadResult;
import org.simap.io.MapLoader;
import org.simap.io.MapSource;
import org.simap.lint.MapLinter;
import org.simap.lint.RuleSettings;
import org.simap.model.SystemMap;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;

/**
 * Times simap's core in process, after warm-up, at each map size: loading, validating and linting
 * one generated map, and comparing it with its changed version. The maps come from
 * bench/GenerateMaps.java; the folder is given by the system property simap.bench.maps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CoreBenchmark {

  @Param({"50", "500", "5000", "50000"})
  public int elements;

  /** The date that lint rules compare evidence dates with, fixed so that runs compare alike. */
  private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  private MapSource source;
  private SystemMap oldMap;
  private SystemMap newMap;

  @Setup
  public void readMaps() throws IOException {
    String folder = System.getProperty("simap.bench.maps");
    if (folder == null) {
      throw new IllegalStateException("set -Dsimap.bench.maps to the folder of generated maps");
    }
    source = read(Path.of(folder, "n" + elements + ".simap.yaml"));
    oldMap = validMap(source);
    newMap = validMap(read(Path.of(folder, "n" + elements + "-v2.simap.yaml")));
  }

  private static MapSource read(Path path) throws IOException {
    return new MapSource(path.toString(), Files.readAllBytes(path));
  }

  private static SystemMap validMap(MapSource source) {
    return MapValidator.check(source)
        .map()
        .orElseThrow(
            () -> new IllegalStateException(source.name() + " is not a valid map; regenerate it"));
  }

  /** Bytes to map: decoding, YAML parsing and reading the fields. */
  @Benchmark
  public LoadResult load() {
    return MapLoader.load(source);
  }

  /** Load plus the id and reference checks, as {@code simap validate} does per file. */
  @Benchmark
  public CheckedMap validate() {
    return MapValidator.check(source);
  }

  /** Validation plus every lint rule with its default settings, as {@code simap lint} does. */
  @Benchmark
  public CheckedMap lint() {
    return MapLinter.lint(MapValidator.check(source), RuleSettings.defaults(), TODAY);
  }

  /** Compares two maps already loaded, as {@code simap diff} does after loading them. */
  @Benchmark
  public MapDiff diff() {
    return MapDiff.compare(oldMap, newMap);
  }
}
