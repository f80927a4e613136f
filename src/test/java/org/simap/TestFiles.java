package org.simap;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** Paths to the project's own files, for tests that read examples and golden files. */
public final class TestFiles {

  private TestFiles() {}

  /** Returns the project's root folder, where pom.xml is. */
  public static Path root() {
    Path here = Path.of("").toAbsolutePath();
    while (here != null && !Files.exists(here.resolve("pom.xml"))) {
      here = here.getParent();
    }
    if (here == null) {
      throw new IllegalStateException("tests must run inside the simap checkout");
    }
    return here;
  }

  public static Path testResources() {
    return root().resolve("src/test/resources");
  }

  /** Returns whether golden files should be rewritten from the current output. */
  public static boolean updateGolden() {
    return Boolean.getBoolean("golden.update");
  }

  /** Lists the example maps shipped in examples/. */
  public static Stream<Path> examples() {
    try {
      return Files.list(root().resolve("examples"))
          .filter(p -> p.getFileName().toString().endsWith(".simap.yaml"))
          .sorted();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String read(Path path) {
    try {
      return Files.readString(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static void write(Path path, String text) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
