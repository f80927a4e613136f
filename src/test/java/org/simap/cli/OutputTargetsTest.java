package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simap.TestFiles;

class OutputTargetsTest {

  @TempDir Path dir;

  private void copyExample(String name) throws Exception {
    Path target = dir.resolve(name);
    Files.createDirectories(target.getParent());
    Files.copy(TestFiles.root().resolve("examples/academic-feedback.simap.yaml"), target);
  }

  @Test
  void renderKeepsMapGivenAsOutput() throws Exception {
    copyExample("m.simap.yaml");
    String before = Files.readString(dir.resolve("m.simap.yaml"));

    CliRunner.Result result =
        new CliRunner(dir).run("render", "-o", "m.simap.yaml", "m.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("simap: the output 'm.simap.yaml' is the map being read; choose another file");
    assertThat(Files.readString(dir.resolve("m.simap.yaml"))).isEqualTo(before);
  }

  @Test
  void exportRefusesMapNamedOutput() throws Exception {
    copyExample("m.simap.yaml");

    CliRunner.Result result =
        new CliRunner(dir).run("export", "-f", "json", "-o", "other.simap.yml", "m.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("is named like a map file");
    assertThat(dir.resolve("other.simap.yml")).doesNotExist();
  }

  @Test
  void renderRefusesTwoMapsToOneFile() throws Exception {
    copyExample("a/m.simap.yaml");
    copyExample("b/m.simap.yaml");

    CliRunner.Result result = new CliRunner(dir).run("render", "--output-dir", "out", "a", "b");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith(
            "simap: 'a/m.simap.yaml' and 'b/m.simap.yaml' would both be drawn to 'out/m.svg'");
    assertThat(dir.resolve("out")).doesNotExist();
  }
}
