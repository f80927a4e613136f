package org.simap.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.simap.TestFiles;
import org.simap.io.MapSource;
import org.simap.model.SystemMap;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;

/** Loads the example maps and the render fixtures for tests. */
final class Maps {

  private Maps() {}

  static Path fixture(String name) {
    return TestFiles.testResources().resolve("render").resolve(name + ".simap.yaml");
  }

  static SystemMap load(Path path) {
    try {
      CheckedMap checked =
          MapValidator.check(new MapSource(path.toString(), Files.readAllBytes(path)));
      return checked
          .map()
          .orElseThrow(
              () -> new IllegalStateException(path + " is invalid: " + checked.diagnostics()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SystemMap fixtureMap(String name) {
    return load(fixture(name));
  }

  /** Returns every example and every render fixture. */
  static List<Path> all() {
    try (Stream<Path> fixtures = Files.list(TestFiles.testResources().resolve("render"))) {
      return Stream.concat(
              TestFiles.examples(),
              fixtures.filter(p -> p.getFileName().toString().endsWith(".simap.yaml")).sorted())
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
