package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.simap.TestFiles;

class RenderCommandTest {

  @TempDir Path folder;

  private Path copy(String fixture) throws IOException {
    Path source = TestFiles.testResources().resolve("render").resolve(fixture + ".simap.yaml");
    Path target = folder.resolve(fixture + ".simap.yaml");
    Files.copy(source, target);
    return target;
  }

  private CliRunner.Result run(String... args) {
    return new CliRunner(folder).run(args);
  }

  private List<String> files() throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void writesSvgBesideTheMap() throws IOException {
    copy("every-mark");

    CliRunner.Result result = run("render", "every-mark.simap.yaml");

    assertThat(result.exitCode()).as(result.err()).isEqualTo(ExitCodes.OK);
    assertThat(result.err()).isEmpty();
    assertThat(Files.readString(folder.resolve("every-mark.svg")))
        .startsWith("<?xml")
        .contains("</svg>");
  }

  @Test
  void writesToOutputFile() throws IOException {
    copy("every-mark");

    CliRunner.Result result = run("render", "every-mark.simap.yaml", "-o", "out/map.dot");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(Files.readString(folder.resolve("out/map.dot"))).startsWith("digraph \"simap\" {");
  }

  @Test
  void writesToStandardOutput() throws IOException {
    copy("every-mark");

    CliRunner.Result result = run("render", "every-mark.simap.yaml", "-o", "-", "--format", "dot");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).startsWith("digraph \"simap\" {");
    assertThat(files()).containsExactly("every-mark.simap.yaml");
  }

  @Test
  void readsStandardInput() throws IOException {
    String map =
        Files.readString(TestFiles.testResources().resolve("render/no-subsystems.simap.yaml"));

    CliRunner.Result result =
        new CliRunner(folder).stdin(map).run("render", "-", "-o", "-", "-f", "dot");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.out()).contains("element-grading");
  }

  @Test
  void writesEachMapIntoOutputDir() throws IOException {
    copy("every-mark");
    copy("no-subsystems");

    CliRunner.Result result =
        run(
            "render",
            "every-mark.simap.yaml",
            "no-subsystems.simap.yaml",
            "--output-dir",
            "pictures",
            "-f",
            "dot");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(folder.resolve("pictures/every-mark.dot")).exists();
    assertThat(folder.resolve("pictures/no-subsystems.dot")).exists();
  }

  @Test
  void rejectsOutputFileForSeveralMaps() throws IOException {
    copy("every-mark");
    copy("no-subsystems");

    CliRunner.Result result =
        run("render", "every-mark.simap.yaml", "no-subsystems.simap.yaml", "-o", "x.svg");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--output-dir");
  }

  @Test
  void sayWhichEngineRanWhenVerbose() throws IOException {
    copy("no-subsystems");

    CliRunner.Result result = run("render", "no-subsystems.simap.yaml", "-v");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.err()).contains("rendered", "no-subsystems.svg", "embedded Graphviz");
  }

  @Test
  void nativeDotDrawsPng() throws IOException {
    copy("no-subsystems");

    CliRunner.Result result =
        run("render", "no-subsystems.simap.yaml", "--engine", "dot", "-o", "map.png", "-v");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.err()).contains("dot ");
    assertThat(Files.readAllBytes(folder.resolve("map.png"))).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void embeddedEngineRejectsPng() throws IOException {
    copy("no-subsystems");

    CliRunner.Result result = run("render", "no-subsystems.simap.yaml", "-o", "map.png");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--engine dot");
    assertThat(folder.resolve("map.png")).doesNotExist();
  }

  @Test
  void sameMapGivesSameBytes() throws IOException {
    copy("every-mark");

    run("render", "every-mark.simap.yaml", "-o", "first.svg");
    run("render", "every-mark.simap.yaml", "-o", "second.svg");

    assertThat(Files.readAllBytes(folder.resolve("second.svg")))
        .isEqualTo(Files.readAllBytes(folder.resolve("first.svg")));
  }

  @Test
  void invalidMapIsReportedLikeValidate() throws IOException {
    Files.writeString(folder.resolve("bad.simap.yaml"), "simap: 1\ntitle: T\nlevels: []\n");

    CliRunner.Result render = run("render", "bad.simap.yaml");
    CliRunner.Result validate = run("validate", "bad.simap.yaml");

    assertThat(render.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(render.err()).isEqualTo(validate.err());
    assertThat(files()).containsExactly("bad.simap.yaml");
  }

  @Test
  void unknownLevelSuggestsClosest() throws IOException {
    copy("every-mark");

    CliRunner.Result result = run("render", "every-mark.simap.yaml", "--level", "shcool");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .contains(
            "level 'shcool' not found (did you mean 'school'?)", "classroom, school, district");
    assertThat(files()).containsExactly("every-mark.simap.yaml");
  }

  @Test
  void missingFileIsAnInputFailure() {
    CliRunner.Result result = run("render", "nowhere.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(result.err()).contains("nowhere.simap.yaml", "not found");
  }

  @Test
  void failedRenderKeepsPreviousFile() throws IOException {
    copy("every-mark");
    Files.writeString(folder.resolve("every-mark.svg"), "previous picture");
    Path failing = folder.resolve("failing-dot");
    Files.writeString(failing, "#!/bin/sh\necho 'Error: syntax error in line 1' >&2\nexit 1\n");
    Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwx------"));

    CliRunner.Result result = run("render", "every-mark.simap.yaml", "--dot", failing.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(result.err()).startsWith("simap: every-mark.simap.yaml: render failed: ");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(Files.readString(folder.resolve("every-mark.svg"))).isEqualTo("previous picture");
    assertThat(files()).containsExactly("every-mark.simap.yaml", "every-mark.svg", "failing-dot");
  }

  @Test
  void failedWriteLeavesNoTemporaryFile() throws IOException {
    copy("every-mark");
    Files.createDirectories(folder.resolve("every-mark.dot/occupied"));

    CliRunner.Result result = run("render", "every-mark.simap.yaml", "-f", "dot");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(result.err())
        .startsWith("simap: ")
        .endsWith(
            "every-mark.dot: could not write the picture (is a folder, not a file); check"
                + " that the folder exists and is writable. Any previous file is unchanged.\n");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(files()).containsExactly("every-mark.dot", "every-mark.simap.yaml");
    assertThat(folder.resolve("every-mark.dot/occupied")).isDirectory();
  }

  @Test
  @Timeout(60)
  void watchDrawsAgainAfterAnEdit() throws Exception {
    Path map = copy("no-subsystems");
    Path picture = folder.resolve("no-subsystems.dot");
    AtomicReference<CliRunner.Result> result = new AtomicReference<>();
    Thread watch =
        new Thread(
            () -> result.set(run("render", "no-subsystems.simap.yaml", "-f", "dot", "--watch")));
    watch.start();

    while (!Files.exists(picture)) {
      Thread.sleep(20);
    }
    String edited = Files.readString(map).replace("title: Two levels", "title: Two levels, edited");
    Files.writeString(map, edited, StandardCharsets.UTF_8);
    while (!Files.readString(picture).contains("Two levels, edited")) {
      Thread.sleep(20);
    }
    watch.interrupt();
    watch.join();

    assertThat(result.get().exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.get().err()).contains("watching no-subsystems.simap.yaml");
  }

  @Test
  @Timeout(60)
  void watchReportsInvalidMapAndGoesOn() throws Exception {
    Path map = copy("no-subsystems");
    Path picture = folder.resolve("no-subsystems.dot");
    AtomicReference<CliRunner.Result> result = new AtomicReference<>();
    Thread watch =
        new Thread(
            () -> result.set(run("render", "no-subsystems.simap.yaml", "-f", "dot", "--watch")));
    watch.start();

    while (!Files.exists(picture)) {
      Thread.sleep(20);
    }
    String original = Files.readString(map);
    Files.writeString(map, "simap: 1\n");
    Thread.sleep(1000);
    Files.writeString(map, original.replace("title: Two levels", "title: Fixed again"));
    while (!Files.readString(picture).contains("Fixed again")) {
      Thread.sleep(20);
    }
    watch.interrupt();
    watch.join();

    assertThat(result.get().exitCode()).isEqualTo(ExitCodes.OK);
    assertThat(result.get().err()).contains("1 invalid");
  }
}
