package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.cli.DiffCommandTest.V1;
import static org.simap.cli.DiffCommandTest.V2;
import static org.simap.cli.DiffCommandTest.V2_TEXT;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simap.TestFiles;

class GitDiffCommandTest {

  @TempDir Path dir;

  private CliRunner.Result driver(String oldFile, String newFile) {
    return new CliRunner(dir)
        .run(
            "git-diff",
            "maps/feedback.simap.yaml",
            oldFile,
            "1111111",
            "100644",
            newFile,
            "2222222",
            "100644");
  }

  @Test
  void comparesTheTwoFilesGitPasses() {
    TestFiles.write(dir.resolve("old"), V1);
    TestFiles.write(dir.resolve("new"), V2);

    CliRunner.Result result = driver("old", "new");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo("--- a/maps/feedback.simap.yaml\n+++ b/maps/feedback.simap.yaml\n" + V2_TEXT);
  }

  @Test
  void addedFileComesFromDevNull() {
    TestFiles.write(dir.resolve("new"), V1);

    CliRunner.Result result = driver("/dev/null", "new");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("--- (none)\n+++ b/maps/feedback.simap.yaml\n");
  }

  @Test
  void invalidMapExitsZero() {
    TestFiles.write(dir.resolve("old"), V1);
    TestFiles.write(dir.resolve("new"), "simap: 1\n");

    CliRunner.Result result = driver("old", "new");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("b/maps/feedback.simap.yaml:1:1: error: ")
        .endsWith("2 files checked, 1 invalid, 3 errors\n");
  }

  @Test
  void formattingOnlyChangeSaysSo() {
    TestFiles.write(dir.resolve("old"), V1);
    TestFiles.write(dir.resolve("new"), "# a comment\n" + V1);

    CliRunner.Result result = driver("old", "new");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "simap: maps/feedback.simap.yaml: no change to the map (only formatting, order or"
                + " comments)\n");
  }

  @Test
  void wrongArgumentCountExitsZero() {
    CliRunner.Result result = new CliRunner(dir).run("git-diff", "a", "b");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith("simap: git-diff expects the 7 arguments that git passes to a diff driver");
  }
}
