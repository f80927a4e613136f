package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.cli.DiffCommandTest.V1;
import static org.simap.cli.DiffCommandTest.V2;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.simap.TestGit;

/**
 * Runs the packaged jar as git's diff driver for map files, set up as docs/diff.md describes,
 * through real {@code git diff} and {@code git log} calls.
 */
@Timeout(120)
class GitDiffDriverIT {

  @TempDir Path dir;

  private TestGit git;

  @BeforeEach
  void repository() {
    git = TestGit.init(dir);
    git.write(".gitattributes", "*.simap.yaml diff=simap\n*.simap.yml diff=simap\n");
    git.run(
        "config",
        "diff.simap.command",
        "java -jar '" + System.getProperty("simap.jar") + "' git-diff");
    git.write("feedback.simap.yaml", V1).commit("First");
  }

  @Test
  void gitDiffShowsMapChanges() {
    git.write("feedback.simap.yaml", V2).commit("Second");

    String out = git.run(Map.of("NO_COLOR", "1"), "diff", "HEAD~1", "HEAD");

    assertThat(out)
        .isEqualTo(
            """
            --- a/feedback.simap.yaml
            +++ b/feedback.simap.yaml
            """
                + DiffCommandTest.V2_TEXT);
  }

  @Test
  void gitLogShowsAddedMap() {
    git.write("attendance.simap.yaml", V1.replace("Feedback", "Attendance")).commit("Add");

    String out = git.run("log", "-p", "--ext-diff", "-1", "--format=%s");

    assertThat(out).startsWith("Add\n\n--- (none)\n+++ b/attendance.simap.yaml\n");
  }

  @Test
  void invalidMapDoesNotStopGitDiff() {
    git.write("feedback.simap.yaml", "simap: 1\n").write("other.simap.yaml", V1).commit("Break");

    String out = git.run("diff", "HEAD~1", "HEAD");

    assertThat(out)
        .contains("b/feedback.simap.yaml:1:1: error: ")
        .contains("2 files checked, 1 invalid, 3 errors\n")
        .contains("+++ b/other.simap.yaml\n");
  }

  @Test
  void jarComparesRevisions() throws Exception {
    git.write("feedback.simap.yaml", V2).commit("Second");

    ProcessBuilder builder =
        new ProcessBuilder(
                "java",
                "-jar",
                System.getProperty("simap.jar"),
                "diff",
                "--exit-code",
                "-f",
                "json",
                "HEAD~1",
                "HEAD")
            .directory(dir.toFile())
            .redirectError(ProcessBuilder.Redirect.DISCARD);
    Process process = builder.start();
    process.getOutputStream().close();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("process finished").isTrue();
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(out).contains("\"status\": \"changed\"");
  }
}
