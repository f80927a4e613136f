package org.simap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simap.TestFiles;
import org.simap.cli.CliRunner;

/**
 * Runs {@code simap export} in every format on the fixture maps under {@code
 * src/test/resources/export/} and on the example maps, and compares the output with the golden
 * files under {@code src/test/resources/golden/export/}. Run with {@code -Dgolden.update=true} to
 * rewrite them, then review the change.
 */
class ExportGoldenTest {

  private static final Path GOLDEN = TestFiles.testResources().resolve("golden/export");

  static List<Path> maps() throws IOException {
    List<Path> maps = new ArrayList<>();
    try (Stream<Path> fixtures = Files.list(TestFiles.testResources().resolve("export"))) {
      fixtures.filter(p -> p.toString().endsWith(".simap.yaml")).sorted().forEach(maps::add);
    }
    try (Stream<Path> examples = TestFiles.examples()) {
      examples.forEach(maps::add);
    }
    return maps;
  }

  static Stream<Arguments> cases() throws IOException {
    List<Arguments> cases = new ArrayList<>();
    for (Path map : maps()) {
      for (ExportFormat format : ExportFormat.values()) {
        cases.add(Arguments.of(map, format));
      }
    }
    return cases.stream();
  }

  private static String goldenName(Path map, ExportFormat format) {
    String base = map.getFileName().toString().replace(".simap.yaml", "");
    return base + "." + extension(format);
  }

  private static String extension(ExportFormat format) {
    return switch (format) {
      case MARKDOWN -> "md";
      case CSV -> "csv";
      case JSON -> "json";
      case DOT -> "dot";
    };
  }

  @ParameterizedTest(name = "{0} as {1}")
  @MethodSource("cases")
  @Timeout(20)
  void matchesGoldenOutput(Path map, ExportFormat format) {
    CliRunner.Result result =
        new CliRunner(map.getParent())
            .run("export", "--format", format.keyword(), map.getFileName().toString());
    Path golden = GOLDEN.resolve(goldenName(map, format));
    if (TestFiles.updateGolden()) {
      TestFiles.write(golden, result.out());
    }

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(golden).exists();
    assertThat(result.out()).isEqualTo(TestFiles.read(golden));
  }

  @Test
  void everyGoldenFileHasItsMap() throws IOException {
    List<String> expected = new ArrayList<>();
    for (Path map : maps()) {
      for (ExportFormat format : ExportFormat.values()) {
        expected.add(goldenName(map, format));
      }
    }
    try (Stream<Path> files = Files.list(GOLDEN)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !expected.contains(n)))
          .as("golden files without a map")
          .isEmpty();
    }
  }
}
