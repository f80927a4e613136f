package org.simap.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simap.TestFiles;
import org.simap.cli.CliRunner;

/**
 * Runs {@code simap diff --exit-code old.simap.yaml new.simap.yaml} in each folder under {@code
 * src/test/resources/golden/diff/} and compares the exit code and output of every format with the
 * golden files beside the maps. Run the tests with {@code -Dgolden.update=true} to rewrite the
 * golden files, then review the change.
 */
class DiffGoldenTest {

  private static final Path FOLDER = TestFiles.testResources().resolve("golden/diff");

  /** The files of each case: the two maps, then one golden file per output format. */
  private static final Set<String> CASE_FILES =
      Set.of("old.simap.yaml", "new.simap.yaml", "text.txt", "json.json", "markdown.md");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(FOLDER)) {
      return folders
          .filter(Files::isDirectory)
          .map(p -> p.getFileName().toString())
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(20)
  void textMatchesGolden(String name) {
    assertGolden(name, "text", "text.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(20)
  void jsonMatchesGolden(String name) {
    assertGolden(name, "json", "json.json");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(20)
  void markdownMatchesGolden(String name) {
    assertGolden(name, "markdown", "markdown.md");
  }

  private static void assertGolden(String name, String format, String goldenName) {
    Path folder = FOLDER.resolve(name);
    CliRunner.Result result =
        new CliRunner(folder)
            .run(
                "diff",
                "--exit-code",
                "--color=never",
                "--format",
                format,
                "old.simap.yaml",
                "new.simap.yaml");
    String actual = "exit " + result.exitCode() + "\n" + result.err() + result.out();
    Path golden = folder.resolve(goldenName);
    if (TestFiles.updateGolden()) {
      TestFiles.write(golden, actual);
    }
    assertThat(golden).as("golden file for %s", name).exists();
    assertThat(actual).isEqualTo(TestFiles.read(golden));
  }

  @Test
  void everyCaseHasItsFiles() throws IOException {
    for (String name : cases().toList()) {
      try (Stream<Path> files = Files.list(FOLDER.resolve(name))) {
        List<String> present = files.map(p -> p.getFileName().toString()).sorted().toList();
        assertThat(present)
            .as("files of case %s", name)
            .containsExactlyInAnyOrderElementsOf(CASE_FILES);
      }
    }
  }

  @Test
  void noFilesOutsideCases() throws IOException {
    try (Stream<Path> entries = Files.list(FOLDER)) {
      List<String> files = entries.filter(Files::isRegularFile).map(Path::toString).toList();
      assertThat(files).as("files outside a case folder").isEmpty();
    }
  }
}
