package org.simap.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simap.TestFiles;
import org.simap.cli.CliRunner;

/**
 * Runs {@code simap validate} on each map under {@code src/test/resources/validate/} and compares
 * the exit code and output with the golden {@code .txt} file beside it. Run the tests with {@code
 * -Dgolden.update=true} to rewrite the golden files, then review the change.
 */
class ValidateGoldenTest {

  private static final Path FOLDER = TestFiles.testResources().resolve("validate");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> files = Files.list(FOLDER)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".simap.yaml"))
          .map(name -> name.substring(0, name.length() - ".simap.yaml".length()))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  @Timeout(20)
  void matchesGoldenOutput(String name) {
    CliRunner.Result result =
        new CliRunner(FOLDER).run("validate", "--color=never", name + ".simap.yaml");
    String actual = "exit " + result.exitCode() + "\n" + result.err() + result.out();
    Path golden = FOLDER.resolve(name + ".txt");
    if (TestFiles.updateGolden()) {
      TestFiles.write(golden, actual);
    }
    assertThat(golden).as("golden file for %s", name).exists();
    assertThat(actual).isEqualTo(TestFiles.read(golden));
  }

  @Test
  void everyGoldenFileHasItsMap() throws IOException {
    List<String> cases = cases().toList();
    try (Stream<Path> files = Files.list(FOLDER)) {
      List<String> orphans =
          files
              .map(p -> p.getFileName().toString())
              .filter(name -> name.endsWith(".txt"))
              .map(name -> name.substring(0, name.length() - ".txt".length()))
              .filter(name -> !cases.contains(name))
              .toList();
      assertThat(orphans).as("golden files without a map").isEmpty();
    }
  }
}
