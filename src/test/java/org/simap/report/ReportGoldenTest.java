package org.simap.report;

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
import org.junit.jupiter.params.provider.MethodSource;
import org.simap.TestFiles;
import org.simap.cli.CliRunner;

/**
 * Runs {@code simap lint} and {@code simap validate} on the maps under {@code
 * src/test/resources/golden/lint/} in every output format and compares exit code and output with
 * the golden file of that run. Run with {@code -Dgolden.update=true} to rewrite the golden files,
 * then review the change.
 */
class ReportGoldenTest {

  private static final Path FOLDER = TestFiles.testResources().resolve("golden/lint");

  private static final String[] MAPS = {
    "findings.simap.yaml", "clean.simap.yaml", "invalid.simap.yaml"
  };

  /** One golden run: the golden file's name and the arguments before the maps. */
  record Run(String golden, List<String> arguments) {
    @Override
    public String toString() {
      return golden;
    }
  }

  static Stream<Run> runs() {
    List<Run> runs = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      String extension =
          switch (format) {
            case JSON, SARIF -> "json";
            case JUNIT -> "xml";
            default -> "txt";
          };
      runs.add(
          new Run(
              "lint-" + format.keyword() + "." + extension,
              List.of("lint", "--format", format.keyword())));
    }
    runs.add(new Run("validate-sarif.json", List.of("validate", "--format", "sarif")));
    runs.add(new Run("lint-coverage.txt", List.of("lint", "--coverage")));
    runs.add(
        new Run(
            "lint-fail-on-warning.xml",
            List.of("lint", "--format", "junit", "--fail-on", "warning")));
    return runs.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("runs")
  @Timeout(20)
  void matchesGoldenOutput(Run run) {
    List<String> arguments = new ArrayList<>(run.arguments());
    arguments.add("--color=never");
    arguments.addAll(List.of(MAPS));

    CliRunner.Result result = new CliRunner(FOLDER).run(arguments.toArray(String[]::new));

    // The version changes with every release, so golden files show a placeholder.
    String actual =
        ("exit " + result.exitCode() + "\n" + result.err() + result.out())
            .replace("\"version\": \"" + version() + "\"", "\"version\": \"<version>\"");
    Path golden = FOLDER.resolve(run.golden());
    if (TestFiles.updateGolden()) {
      TestFiles.write(golden, actual);
    }
    assertThat(golden).as("golden file %s", run.golden()).exists();
    assertThat(actual).isEqualTo(TestFiles.read(golden));
  }

  static String version() {
    java.util.Properties properties = new java.util.Properties();
    try (java.io.InputStream in =
        ReportGoldenTest.class.getResourceAsStream("/org/simap/version.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return properties.getProperty("version");
  }

  @Test
  void everyGoldenFileHasItsRun() throws IOException {
    List<String> expected = runs().map(Run::golden).toList();
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> orphans =
          files
              .map(p -> p.getFileName().toString())
              .filter(name -> !name.endsWith(".simap.yaml"))
              .filter(name -> !expected.contains(name))
              .toList();
      assertThat(orphans).as("golden files that no run writes").isEmpty();
    }
  }
}
