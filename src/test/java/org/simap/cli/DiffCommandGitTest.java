package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.cli.DiffCommandTest.V1;
import static org.simap.cli.DiffCommandTest.V2;
import static org.simap.cli.DiffCommandTest.V2_TEXT;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.simap.TestFiles;
import org.simap.TestGit;

/** Runs simap diff in process against real git repositories. */
@Timeout(60)
class DiffCommandGitTest {

  @TempDir Path dir;

  private TestGit git;

  /** Commit 1 has the map at V1; commit 2 (HEAD) has it at V2 and adds a second map. */
  @BeforeEach
  void repository() {
    git = TestGit.init(dir);
    git.write("maps/feedback.simap.yaml", V1).write("notes.txt", "not a map").commit("First");
    git.write("maps/feedback.simap.yaml", V2)
        .write("maps/attendance.simap.yml", V1.replace("Feedback", "Attendance"))
        .write("notes.txt", "still not a map")
        .commit("Second");
  }

  private CliRunner cli(String folder) {
    return new CliRunner(dir.resolve(folder));
  }

  @Test
  void fileAgainstRevision() {
    git.write("maps/feedback.simap.yaml", V1);

    CliRunner.Result result = cli("").run("diff", "HEAD", "maps/feedback.simap.yaml");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .startsWith("--- HEAD:maps/feedback.simap.yaml\n+++ maps/feedback.simap.yaml\n")
        .contains("focus: 'feedback' testing → proposed");
  }

  @Test
  void fileAgainstRevisionFromSubfolder() {
    CliRunner.Result result = cli("maps").run("diff", "HEAD~1", "feedback.simap.yaml");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo("--- HEAD~1:maps/feedback.simap.yaml\n+++ feedback.simap.yaml\n" + V2_TEXT);
  }

  @Test
  void revisionAgainstRevisionWithPaths() {
    CliRunner.Result result =
        cli("maps").run("diff", "HEAD~1", "HEAD", "--", "feedback.simap.yaml");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "--- HEAD~1:maps/feedback.simap.yaml\n+++ HEAD:maps/feedback.simap.yaml\n" + V2_TEXT);
  }

  @Test
  void revisionPathSyntaxOnBothSides() {
    CliRunner.Result result =
        cli("maps").run("diff", "HEAD~1:maps/feedback.simap.yaml", "HEAD:./feedback.simap.yaml");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .isEqualTo(
            "--- HEAD~1:maps/feedback.simap.yaml\n+++ HEAD:maps/feedback.simap.yaml\n" + V2_TEXT);
  }

  @Test
  void everyChangedMapBetweenRevisions() {
    CliRunner.Result result = cli("maps").run("diff", "--exit-code", "HEAD~1", "HEAD");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(1);
    assertThat(result.out())
        .startsWith(
            """
            --- (none)
            +++ HEAD:maps/attendance.simap.yml
            summary: map: title, problem changed; levels: +classroom; classroom: +1 process; focus: +1
            """)
        .contains("\n\n--- HEAD~1:maps/feedback.simap.yaml\n+++ HEAD:maps/feedback.simap.yaml\n")
        .doesNotContain("notes.txt");
  }

  @Test
  void reformattedMapIsNotAChange() {
    git.write("maps/feedback.simap.yaml", "# only a comment\n" + V2).commit("Comment");

    CliRunner.Result result = cli("").run("diff", "--exit-code", "HEAD~1", "HEAD");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).isEmpty();
  }

  @Test
  void revisionAgainstWorkingTree() {
    git.write("maps/attendance.simap.yml", V1.replace("Feedback", "Attendance at school"));

    CliRunner.Result result = cli("").run("diff", "-f", "json", "HEAD");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out())
        .contains(
            "\"old\": \"HEAD:maps/attendance.simap.yml\",\n"
                + "      \"new\": \"maps/attendance.simap.yml\",")
        .contains("\"summary\": \"map: title changed; focus: 1 changed\"");
  }

  @Test
  void mapAddedSinceRevisionIsAdded() {
    CliRunner.Result result = cli("").run("diff", "HEAD~1", "maps/attendance.simap.yml");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.out()).startsWith("--- (none)\n+++ maps/attendance.simap.yml\n");
  }

  @Test
  void fileMissingInRevisionExitsThree() {
    CliRunner.Result result =
        cli("").run("diff", "HEAD~1:maps/attendance.simap.yml", "maps/attendance.simap.yml");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .startsWith(
            "HEAD~1:maps/attendance.simap.yml: error: file not found in revision 'HEAD~1'"
                + " [read-error]\n");
  }

  @Test
  void unknownRevisionExitsThree() {
    CliRunner.Result result = cli("").run("diff", "no-such-branch", "maps/feedback.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo(
            "simap: unknown revision 'no-such-branch'; check the name with 'git log --oneline'\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void outsideRepositoryExitsThree(@TempDir Path elsewhere) {
    TestFiles.write(elsewhere.resolve("a.simap.yaml"), V1);

    CliRunner.Result result = new CliRunner(elsewhere).run("diff", "HEAD", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo(
            "simap: not a git repository: "
                + elsewhere
                + "; run simap diff inside a repository, or compare two files\n");
  }
}
