package org.simap.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.simap.io.LoadResult;
import org.simap.io.MapLoader;
import org.simap.io.MapSource;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;

/**
 * Times loading and validating one generated map in process, after warm-up, at each size. The maps
 * come from bench/GenerateMaps.java; the folder is given by the system property simap.bench.maps.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {

  @Param({"50", "500", "5000", "50000"})
  public int elements;

  private MapSource source;

  @Setup
  public void readMap() throws IOException {
    String folder = System.getProperty("simap.bench.maps");
    if (folder == null) {
      throw new IllegalStateException("set -Dsimap.bench.maps to the folder of generated maps");
    }
    Path path = Path.of(folder, "n" + elements + ".simap.yaml");
    source = new MapSource(path.toString(), Files.readAllBytes(path));
    if (!MapValidator.check(source).valid()) {
      throw new IllegalStateException(path + " is not a valid map; regenerate it");
    }
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
}
