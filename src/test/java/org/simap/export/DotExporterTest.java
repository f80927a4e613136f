package org.simap.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simap.TestFiles;
import org.simap.cli.CliRunner;

/**
 * Checks {@code simap export --format dot} on every example map against the Graphviz installed on
 * this machine and against {@code simap render --format dot}.
 */
@Timeout(60)
class DotExporterTest {

  /** The Graphviz program that the check runs, as a user would run it. */
  private static final String DOT = "/usr/bin/dot";

  @TempDir Path folder;

  static Stream<Path> examples() {
    return TestFiles.examples();
  }

  private static CliRunner.Result run(Path map, String... args) {
    return new CliRunner(map.getParent()).run(args);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void nativeDotAcceptsExport(Path map) throws IOException, InterruptedException {
    CliRunner.Result export = run(map, "export", "--format", "dot", map.getFileName().toString());
    Path source = folder.resolve("map.dot");
    Files.writeString(source, export.out());
    Path svg = folder.resolve("map.svg");
    Path errors = folder.resolve("errors.txt");

    Process dot =
        new ProcessBuilder(List.of(DOT, "-Tsvg", source.toString()))
            .redirectOutput(svg.toFile())
            .redirectError(errors.toFile())
            .start();
    boolean finished = dot.waitFor(30, TimeUnit.SECONDS);

    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(finished).as("dot finished").isTrue();
    assertThat(dot.exitValue()).as(Files.readString(errors)).isZero();
    assertThat(Files.readString(errors)).isEmpty();
    assertThat(Files.readString(svg)).contains("<svg").endsWith("</svg>\n");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exportMatchesRenderDot(Path map) {
    String name = map.getFileName().toString();

    CliRunner.Result export = run(map, "export", "--format", "dot", name);
    CliRunner.Result render = run(map, "render", "--format", "dot", "-o", "-", name);

    assertThat(export.exitCode()).as(export.err()).isZero();
    assertThat(render.exitCode()).as(render.err()).isZero();
    assertThat(export.out()).startsWith("digraph \"simap\" {");
    assertThat(export.out()).isEqualTo(render.out());
  }
}
