package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simap.TestFiles;

class DiffCommandTest {

  static final String V1 =
      """
      simap: 1
      title: Feedback
      problem: Students fail courses.
      levels:
        - id: classroom
          name: Classroom
          elements:
            - {id: grading, type: process, name: Grading}
      focus:
        - {id: feedback, kind: improvement, name: Feedback, elements: [grading], status: proposed}
      """;

  static final String V2 =
      V1.replace("status: proposed", "status: testing")
          .replace(
              "      - {id: grading, type: process, name: Grading}\n",
              "      - {id: grading, type: process, name: Grading}\n"
                  + "      - {id: no-late-work, type: norm, name: No late work}\n");

  static final String V2_TEXT =
      """
      summary: classroom: +1 norm; focus: 'feedback' proposed → testing
      level classroom
        + norm no-late-work 'No late work'
      focus
        ~ feedback 'Feedback'
            status: 'proposed' → 'testing'
      """;

  @TempDir Path dir;

  private CliRunner cli() {
    return new CliRunner(dir);
  }

  private void write(String name, String text) {
    TestFiles.write(dir.resolve(name), text);
  }

  @Test
  void twoFilesShowChanges() {
    write("a.simap.yaml", V1);
    write("b.simap.yaml", V2);

    CliRunner.Result result = cli().run("diff", "a.simap.yaml", "b.simap.yaml");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("--- a.simap.yaml\n+++ b.simap.yaml\n" + V2_TEXT);
    assertThat(result.err()).isEmpty();
  }

  @Test
  void standardInputIsOneSide() {
    write("b.simap.yaml", V2);

    CliRunner.Result result = cli().stdin(V1).run("diff", "-", "b.simap.yaml");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEqualTo("--- <stdin>\n+++ b.simap.yaml\n" + V2_TEXT);
  }

  @Test
  void exitCodeOneWhenMapsDiffer() {
    write("a.simap.yaml", V1);
    write("b.simap.yaml", V2);

    assertThat(cli().run("diff", "--exit-code", "a.simap.yaml", "b.simap.yaml").exitCode())
        .isEqualTo(1);
  }

  @Test
  void exitCodeZeroWhenOnlyFormattingDiffers() {
    write("a.simap.yaml", V1);
    write("b.simap.yaml", "# reformatted\n" + V1.replace("Feedback", "'Feedback'"));

    CliRunner.Result result = cli().run("diff", "--exit-code", "a.simap.yaml", "b.simap.yaml");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
  }

  @Test
  void invalidSideIsReportedLikeValidate() {
    write("a.simap.yaml", V1);
    write("b.simap.yaml", V2.replace("type: norm", "type: nrom"));
    CliRunner.Result validate = cli().run("validate", "a.simap.yaml", "b.simap.yaml");

    CliRunner.Result result = cli().run("diff", "a.simap.yaml", "b.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEqualTo(validate.err());
    assertThat(result.err()).contains("b.simap.yaml:9:34: error: unknown element type 'nrom'");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void invalidSideInJsonIsValidateJson() {
    write("a.simap.yaml", V1);
    write("b.simap.yaml", "simap: 1\n");

    CliRunner.Result result = cli().run("diff", "-f", "json", "a.simap.yaml", "b.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.out()).contains("\"command\": \"diff\"").contains("\"invalid\": 1");
  }

  @Test
  void missingFileExitsThree() {
    write("a.simap.yaml", V1);

    CliRunner.Result result = cli().run("diff", "a.simap.yaml", "gone.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .startsWith("gone.simap.yaml: error: file not found; check the path [read-error]\n");
  }

  @Test
  void colourOnlyOnTerminal() {
    write("a.simap.yaml", V1);
    write("b.simap.yaml", V2);

    String onTerminal = cli().terminal(true).run("diff", "a.simap.yaml", "b.simap.yaml").out();
    String noColour =
        cli()
            .terminal(true)
            .variable("NO_COLOR", "1")
            .run("diff", "a.simap.yaml", "b.simap.yaml")
            .out();

    assertThat(onTerminal).contains("\u001B[32m+\u001B[0m norm no-late-work");
    assertThat(noColour).doesNotContain("\u001B[");
  }

  @Test
  void missingArgumentsExitTwo() {
    CliRunner.Result result = cli().run("diff");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("simap: missing arguments;");
  }

  @Test
  void threeFilesWithoutSeparatorExitTwo() {
    CliRunner.Result result = cli().run("diff", "a.simap.yaml", "b.simap.yaml", "c.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("simap: too many arguments: 3;");
  }

  @Test
  void folderArgumentExitsTwo() {
    write("maps/a.simap.yaml", V1);

    CliRunner.Result result = cli().run("diff", "maps", "maps/a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("simap: 'maps' is a folder; simap diff compares map files\n");
  }
}
