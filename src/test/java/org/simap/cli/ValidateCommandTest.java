package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

  private static final String VALID =
      """
      simap: 1
      title: Feedback
      problem: Students fail courses.
      levels:
        - id: classroom
          name: Classroom
      """;

  private static final String INVALID = VALID.replace("name: Classroom", "nme: Classroom");

  @TempDir Path dir;

  private CliRunner cli() {
    return new CliRunner(dir);
  }

  private void write(String name, String text) throws Exception {
    Path path = dir.resolve(name);
    Files.createDirectories(path.getParent());
    Files.writeString(path, text);
  }

  @Test
  void validFileExitsZero() throws Exception {
    write("a.simap.yaml", VALID);

    CliRunner.Result result = cli().run("validate", "a.simap.yaml");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEqualTo("1 file checked, 0 invalid, 0 errors\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void searchesFoldersForMapFilesOnly() throws Exception {
    write("maps/b.simap.yaml", VALID);
    write("maps/sub/a.simap.yml", INVALID);
    write("maps/notes.yaml", "not: a map");

    CliRunner.Result result = cli().run("validate", "maps");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            """
            maps/sub/a.simap.yml:5:5: error: level 'classroom' is missing required field 'name' [required-field]
            maps/sub/a.simap.yml:6:5: error: unknown field 'nme' in level 'classroom' (did you mean 'name'?) [unknown-field]
            2 files checked, 1 invalid, 2 errors
            """);
  }

  @Test
  void defaultsToCurrentFolder() throws Exception {
    write("a.simap.yaml", VALID);

    CliRunner.Result result = cli().run("validate");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEqualTo("1 file checked, 0 invalid, 0 errors\n");
  }

  @Test
  void readsStandardInputWithName() {
    CliRunner.Result result =
        cli().stdin(INVALID).run("validate", "--stdin-filename", "team/map.simap.yaml", "-");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("team/map.simap.yaml:5:5: error: ");
  }

  @Test
  void readsStandardInputOnlyOnce() {
    CliRunner.Result result = cli().stdin(VALID).run("validate", "-", "-");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .contains("<stdin>: error: standard input can be read only once; give '-' only once");
  }

  @Test
  void missingFileExitsThree() {
    CliRunner.Result result = cli().run("validate", "nowhere.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo(
            """
            nowhere.simap.yaml: error: file not found; check the path [read-error]
            1 file checked, 0 invalid, 1 unreadable, 1 error
            """);
  }

  @Test
  void folderWithoutMapsExitsThree() throws Exception {
    Files.createDirectories(dir.resolve("empty"));

    CliRunner.Result result = cli().run("validate", "empty");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("empty: error: folder contains no map files");
  }

  @Test
  void checksEveryFileWhenOneIsUnreadable() throws Exception {
    write("a.simap.yaml", INVALID);

    CliRunner.Result result = cli().run("validate", "missing.simap.yaml", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).contains("a.simap.yaml:5:5: error:");
    assertThat(result.err()).endsWith("2 files checked, 1 invalid, 1 unreadable, 3 errors\n");
  }

  @Test
  void writesJsonReportToStandardOutput() throws Exception {
    write("a.simap.yaml", INVALID);

    CliRunner.Result result = cli().run("validate", "--format", "json", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).isEmpty();
    assertThat(result.out())
        .isEqualTo(
            """
            {
              "tool": "simap",
              "command": "validate",
              "version": 1,
              "summary": {
                "files": 1,
                "valid": 0,
                "invalid": 1,
                "unreadable": 0,
                "errors": 2,
                "warnings": 0,
                "infos": 0
              },
              "files": [
                {"file": "a.simap.yaml", "status": "invalid"}
              ],
              "diagnostics": [
                {"file": "a.simap.yaml", "line": 5, "column": 5, "severity": "error", "rule": "required-field", "message": "level 'classroom' is missing required field 'name'"},
                {"file": "a.simap.yaml", "line": 6, "column": 5, "severity": "error", "rule": "unknown-field", "message": "unknown field 'nme' in level 'classroom' (did you mean 'name'?)"}
              ]
            }
            """);
  }

  @Test
  void coloursOnTerminal() throws Exception {
    write("a.simap.yaml", INVALID);

    CliRunner.Result result = cli().terminal(true).run("validate", "a.simap.yaml");

    assertThat(result.err()).contains("\u001B[1;31merror\u001B[0m");
  }

  @Test
  void noColorTurnsColourOff() throws Exception {
    write("a.simap.yaml", INVALID);

    CliRunner.Result result =
        cli().terminal(true).variable("NO_COLOR", "1").run("validate", "a.simap.yaml");

    assertThat(result.err()).doesNotContain("\u001B[");
  }

  @Test
  void colorAlwaysForcesColour() throws Exception {
    write("a.simap.yaml", INVALID);

    CliRunner.Result result = cli().run("validate", "--color=always", "a.simap.yaml");

    assertThat(result.err()).contains("\u001B[");
  }

  @Test
  void unknownFormatIsUsageError() {
    CliRunner.Result result = cli().run("validate", "--format", "xml", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            """
            simap: Invalid value for option '--format': 'xml' is not one of text, json, sarif, github, junit
            Run 'simap validate --help' for usage.
            """);
  }

  @Test
  void helpListsExitCodes() {
    CliRunner.Result result = cli().run("validate", "--help");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .contains("Usage: simap validate")
        .contains("  3  an input could not be read");
  }

  @Test
  void versionNamesFormat() {
    CliRunner.Result result = cli().run("--version");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).matches("simap \\d+\\.\\d+\\.\\d+.*\\nmap format version 1\\n");
  }

  @Test
  void missingCommandIsUsageError() {
    CliRunner.Result result = cli().run();

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("simap: missing command");
  }

  @Test
  void failOnWarningFailsOnControlCharacter() throws Exception {
    // A double-quoted YAML string may spell a control character as an escape, here \a (bell).
    write("a.simap.yaml", VALID.replace("title: Feedback", "title: \"Feed\\aback\""));

    assertThat(cli().run("validate", "a.simap.yaml").exitCode()).isZero();
    assertThat(cli().run("validate", "--fail-on", "warning", "a.simap.yaml").exitCode())
        .isEqualTo(1);
  }
}
