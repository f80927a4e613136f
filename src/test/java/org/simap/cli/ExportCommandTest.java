package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

  private static final String VALID =
      """
      simap: 1
      title: Feedback
      problem: Students fail courses.
      levels:
        - id: classroom
          name: Classroom
          elements:
            - id: grading
              type: process
              name: Grading
      """;

  private static final String INVALID = VALID.replace("type: process", "type: proces");

  @TempDir Path dir;

  private CliRunner cli() {
    return new CliRunner(dir);
  }

  private void write(String name, String text) throws Exception {
    Files.writeString(dir.resolve(name), text);
  }

  @Test
  void writesJsonToStandardOutput() throws Exception {
    write("a.simap.yaml", VALID);

    CliRunner.Result result = cli().run("export", "--format", "json", "a.simap.yaml");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("{\n  \"simap\": 1,\n");
    assertThat(result.err()).isEmpty();
  }

  @Test
  void readsStandardInput() {
    CliRunner.Result result = cli().stdin(VALID).run("export", "-f", "csv", "-");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).endsWith("classroom,process,,grading,Grading,,,,\r\n");
  }

  @Test
  void writesOutputFile() throws Exception {
    write("a.simap.yaml", VALID);

    CliRunner.Result result = cli().run("export", "-f", "markdown", "-o", "a.md", "a.simap.yaml");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).isEmpty();
    assertThat(Files.readString(dir.resolve("a.md"))).startsWith("# Feedback\n");
  }

  @Test
  void replacesOutputFileWithoutLeftovers() throws Exception {
    write("a.simap.yaml", VALID);
    write("a.md", "old report");

    cli().run("export", "-f", "markdown", "-o", "a.md", "a.simap.yaml");

    assertThat(Files.readString(dir.resolve("a.md"))).startsWith("# Feedback\n");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("a.simap.yaml", "a.md");
    }
  }

  @Test
  void invalidMapIsReportedLikeValidate() throws Exception {
    write("a.simap.yaml", INVALID);

    CliRunner.Result export = cli().run("--color=never", "export", "-f", "json", "a.simap.yaml");
    CliRunner.Result validate = cli().run("--color=never", "validate", "a.simap.yaml");

    assertThat(export.exitCode()).isEqualTo(1);
    assertThat(export.err()).isEqualTo(validate.err());
    assertThat(export.out()).isEmpty();
  }

  @Test
  void invalidMapWritesNoFile() throws Exception {
    write("a.simap.yaml", INVALID);
    write("a.json", "old");

    CliRunner.Result result = cli().run("export", "-f", "json", "-o", "a.json", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo("old");
  }

  @Test
  void missingMapExitsThree() {
    CliRunner.Result result = cli().run("export", "-f", "json", "none.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err()).startsWith("none.simap.yaml: error: file not found; check the path");
  }

  @Test
  void folderArgumentExitsTwo() throws Exception {
    Files.createDirectory(dir.resolve("maps"));

    CliRunner.Result result = cli().run("export", "-f", "json", "maps");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("simap: 'maps' is a folder; export reads one map file\n");
  }

  @Test
  void missingFormatExitsTwo() throws Exception {
    write("a.simap.yaml", VALID);

    CliRunner.Result result = cli().run("export", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("simap: Missing required option: '--format=FORMAT'\n");
  }

  @Test
  void unknownFormatListsFormats() throws Exception {
    write("a.simap.yaml", VALID);

    CliRunner.Result result = cli().run("export", "-f", "svg", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("'svg' is not one of markdown, csv, json, dot");
  }

  @Test
  void missingOutputFolderExitsThree() throws Exception {
    write("a.simap.yaml", VALID);

    CliRunner.Result result = cli().run("export", "-f", "csv", "-o", "no/a.csv", "a.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo("simap: no/a.csv: folder not found; create the folder first\n");
  }
}
