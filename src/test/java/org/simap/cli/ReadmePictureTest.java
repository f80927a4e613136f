package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simap.TestFiles;

/**
 * Keeps the picture the README shows identical to what simap draws today. Refresh it with the
 * command in the README: {@code ./simap render examples/academic-feedback.simap.yaml -o
 * docs/images/academic-feedback.svg}.
 */
class ReadmePictureTest {

  private static final Path PICTURE = TestFiles.root().resolve("docs/images/academic-feedback.svg");

  @TempDir Path dir;

  @Test
  void committedPictureIsCurrent() throws Exception {
    Path map = TestFiles.root().resolve("examples/academic-feedback.simap.yaml");
    Path drawn = dir.resolve("picture.svg");

    CliRunner.Result result =
        new CliRunner(dir).run("render", map.toString(), "-o", drawn.toString());

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(Files.readString(drawn))
        .as("docs/images/academic-feedback.svg is out of date: refresh it with the README command")
        .isEqualTo(Files.readString(PICTURE));
  }

  @Test
  void readmeShowsPicture() {
    assertThat(TestFiles.read(TestFiles.root().resolve("README.md")))
        .contains("](docs/images/academic-feedback.svg)")
        .contains(
            "./simap render examples/academic-feedback.simap.yaml -o docs/images/academic-feedback.svg");
  }
}
