package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class LintCommandTest {

  /** A valid map whose only finding is a warning: the district level has no elements. */
  private static final String WARNING_MAP =
      """
      simap: 1
      title: Feedback
      problem: Students fail courses.
      levels:
        - id: classroom
          name: Classroom
          elements:
            - {id: entry, type: process, name: Entry, description: Scores.}
            - {id: book, type: structure, name: Book, description: Grades.}
            - {id: quiet, type: norm, name: Quiet, description: Nobody asks.}
        - id: district
          name: District
      links:
        - {from: entry, to: book}
        - {from: quiet, to: entry}
      focus:
        - {id: weekly, kind: improvement, name: Weekly, elements: [entry]}
      """;

  private static final String WARNING_LINE =
      "a.simap.yaml:11:9: warning: level 'district' has no elements; add the structures,"
          + " processes and norms there that influence the problem, or remove the level"
          + " [empty-level]\n";

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
  void warningDoesNotFailByDefault() throws Exception {
    write("a.simap.yaml", WARNING_MAP);

    CliRunner.Result result = cli().run("lint", "a.simap.yaml");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .isEqualTo(WARNING_LINE + "1 file checked, 0 invalid, 0 errors, 1 warning\n");
  }

  @Test
  void failOnWarningExitsOne() throws Exception {
    write("a.simap.yaml", WARNING_MAP);

    assertThat(cli().run("lint", "--fail-on", "warning", "a.simap.yaml").exitCode()).isEqualTo(1);
    assertThat(cli().run("lint", "--fail-on", "info", "a.simap.yaml").exitCode()).isEqualTo(1);
    assertThat(cli().run("lint", "--fail-on", "error", "a.simap.yaml").exitCode()).isZero();
  }

  @Test
  void failOnNoneStillFailsInvalidMap() throws Exception {
    write("a.simap.yaml", WARNING_MAP.replace("name: District", "nme: District"));

    CliRunner.Result result = cli().run("lint", "--fail-on", "none", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(1);
  }

  @Test
  void invalidMapReportsOnlyValidationErrors() throws Exception {
    write("a.simap.yaml", WARNING_MAP.replace("name: District", "nme: District"));

    CliRunner.Result result = cli().run("lint", "a.simap.yaml");

    assertThat(result.err())
        .isEqualTo(
            """
            a.simap.yaml:11:5: error: level 'district' is missing required field 'name' [required-field]
            a.simap.yaml:12:5: error: unknown field 'nme' in level 'district' (did you mean 'name'?) [unknown-field]
            1 file checked, 1 invalid, 2 errors
            """);
  }

  @Test
  void missingFileExitsThree() {
    assertThat(cli().run("lint", "--fail-on", "none", "nope.simap.yaml").exitCode()).isEqualTo(3);
  }

  @Test
  void configFileBesideMapSetsRules() throws Exception {
    write("maps/a.simap.yaml", WARNING_MAP);
    write("maps/.simap.yaml", "rules:\n  empty-level: error\n");

    CliRunner.Result result = cli().run("lint", "maps");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .startsWith("maps/a.simap.yaml:11:9: error: level 'district' has no elements;")
        .endsWith("1 file checked, 0 invalid, 1 error\n");
  }

  @Test
  void configFileAboveMapApplies() throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    write(".simap.yaml", "rules:\n  empty-level: off\n");
    write("maps/team/a.simap.yaml", WARNING_MAP);

    CliRunner.Result result = cli().run("lint", "maps/team/a.simap.yaml");

    assertThat(result.err()).isEqualTo("1 file checked, 0 invalid, 0 errors\n");
  }

  @Test
  void overrideAppliesToMatchingFolder() throws Exception {
    write(
        ".simap.yaml",
        """
        overrides:
          - files: "drafts/**"
            rules:
              empty-level: off
        """);
    write("drafts/a.simap.yaml", WARNING_MAP);
    write("final/a.simap.yaml", WARNING_MAP);

    CliRunner.Result result = cli().run("lint", ".");

    assertThat(result.err()).contains("final/a.simap.yaml:11:9: warning").doesNotContain("drafts/");
  }

  @Test
  void configOptionReplacesSearch() throws Exception {
    write("a.simap.yaml", WARNING_MAP);
    write(".simap.yaml", "rules:\n  empty-level: error\n");
    write("ci/lint.yaml", "rules:\n  empty-level: off\n");

    CliRunner.Result result = cli().run("lint", "--config", "ci/lint.yaml", "a.simap.yaml");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEqualTo("1 file checked, 0 invalid, 0 errors\n");
  }

  @Test
  void configErrorIsUsageError() throws Exception {
    write("a.simap.yaml", WARNING_MAP);
    write(".simap.yaml", "rules:\n  emtpy-level: off\n  stale-evidence: {months: many}\n");

    CliRunner.Result result = cli().run("lint", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .isEqualTo(
            """
            .simap.yaml:2:3: error: unknown rule 'emtpy-level' (did you mean 'empty-level'?); run 'simap lint --list-rules' to see the rule ids [config]
            .simap.yaml:3:28: error: invalid value for 'months': expected a whole number of at least 1, found text 'many' (rule 'stale-evidence') [config]
            simap: invalid lint configuration; fix it, or pass another file with --config. 'simap explain RULE' lists a rule's options.
            """);
  }

  @Test
  void missingConfigOptionFileIsUsageError() throws Exception {
    write("a.simap.yaml", WARNING_MAP);

    CliRunner.Result result = cli().run("lint", "--config", "nope.yaml", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("nope.yaml: error: configuration file not found; check the path [config]\n");
  }

  @Test
  void configFolderIsUsageError() throws Exception {
    write("a.simap.yaml", WARNING_MAP);

    CliRunner.Result result = cli().run("lint", "--config", ".", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith(
            ".: error: is a folder; give the path of a configuration file such as .simap.yaml"
                + " [config]\n");
  }

  @Test
  void configFileIsNotLintedAsMap() throws Exception {
    write("a.simap.yaml", WARNING_MAP);
    write(".simap.yaml", "rules: {}\n");

    CliRunner.Result result = cli().run("lint");

    assertThat(result.err()).endsWith("1 file checked, 0 invalid, 0 errors, 1 warning\n");
  }

  @Test
  void stdinFilenameFindsConfig() throws Exception {
    write("team/.simap.yaml", "rules:\n  empty-level: off\n");

    CliRunner.Result result =
        cli().stdin(WARNING_MAP).run("lint", "--stdin-filename", "team/a.simap.yaml", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err()).isEqualTo("1 file checked, 0 invalid, 0 errors\n");
  }

  @Test
  void listRulesPrintsCatalogue() {
    CliRunner.Result result = cli().run("lint", "--list-rules");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out().lines().toList())
        .hasSize(18)
        .startsWith(
            "rule                           default  description",
            "missing-element-type           warning  a level with no structures, no processes or"
                + " no norms")
        .contains(
            "personal-data                  warning  text that looks like an e-mail address, a"
                + " phone number or a student id number");
  }

  @Test
  void coverageNeedsTextFormat() throws Exception {
    write("a.simap.yaml", WARNING_MAP);

    CliRunner.Result result = cli().run("lint", "--coverage", "--format", "json", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith(
            "simap: --coverage prints a text table and works only with --format text, not json");
  }

  @Test
  void coveragePrintsGridToStandardOutput() throws Exception {
    write("a.simap.yaml", WARNING_MAP);

    CliRunner.Result result = cli().run("lint", "--coverage", "a.simap.yaml");

    assertThat(result.out())
        .isEqualTo(
            """
            coverage of a.simap.yaml:
            level      structures  processes  norms  total
            classroom           1          1      1      3
            district            -          -      -      -

            """);
  }

  @Test
  @Timeout(60)
  void lintsThousandMapsInOneRun() throws Exception {
    for (int i = 0; i < 1000; i++) {
      write("many/m" + i + ".simap.yaml", WARNING_MAP);
    }

    CliRunner.Result result = cli().run("lint", "--format", "json", "many");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("\"files\": 1000,").contains("\"warnings\": 1000,");
  }
}
