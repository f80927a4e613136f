package org.simap.render.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Runs the Graphviz {@code dot} found on PATH, which these tests require, and fake {@code dot}
 * scripts written to a temporary folder.
 */
class NativeDotTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  @TempDir Path folder;

  @Test
  void rendersClustersAsStrictSvg() throws Exception {
    Rendered rendered = NativeDot.locate().render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, TIMEOUT);

    Document svg = SvgDocuments.parse(rendered.content());
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(SvgDocuments.titles(svg, "node"))
        .containsExactlyInAnyOrder(Graphs.THREE_CLUSTERS_NODES);
    assertThat(SvgDocuments.titles(svg, "cluster"))
        .containsExactlyInAnyOrder("cluster_people", "cluster_process", "cluster_tools");
  }

  @Test
  void renderTwiceGivesIdenticalBytes() throws Exception {
    NativeDot dot = NativeDot.locate();
    byte[] first = dot.render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, TIMEOUT).content();
    byte[] second = dot.render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, TIMEOUT).content();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void rendersPngAndPdf() throws Exception {
    NativeDot dot = NativeDot.locate();
    byte[] png = dot.render(Graphs.THREE_CLUSTERS, OutputFormat.PNG, TIMEOUT).content();
    byte[] pdf = dot.render(Graphs.THREE_CLUSTERS, OutputFormat.PDF, TIMEOUT).content();

    byte[] pngSignature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    assertThat(Arrays.copyOf(png, pngSignature.length)).isEqualTo(pngSignature);
    assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void inputLargerThanPipeBufferIsRendered() throws Exception {
    StringBuilder dot = new StringBuilder("digraph wide {\n");
    for (int i = 0; i < 3000; i++) {
      dot.append("  node").append(i).append(" [label=\"a label long enough to fill pipes\"];\n");
    }
    dot.append("}\n");
    assertThat(dot.length()).isGreaterThan(128 * 1024);

    Rendered rendered = NativeDot.locate().render(dot.toString(), OutputFormat.SVG, TIMEOUT);

    assertThat(SvgDocuments.titles(SvgDocuments.parse(rendered.content()), "node"))
        .hasSize(3000)
        .contains("node0", "node2999");
  }

  @Test
  void brokenDotReportsFirstErrorLine() throws Exception {
    NativeDot dot = NativeDot.locate();

    assertThatThrownBy(() -> dot.render(Graphs.BROKEN, OutputFormat.SVG, TIMEOUT))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("Graphviz 'dot' failed with exit code 1: Error: <stdin>:")
        .hasMessageContaining("syntax error in line 3")
        .hasMessageNotContaining("\n");
  }

  @Test
  void dotWorksAfterBrokenDot() throws Exception {
    NativeDot dot = NativeDot.locate();
    assertThatThrownBy(() -> dot.render(Graphs.BROKEN, OutputFormat.SVG, TIMEOUT))
        .isInstanceOf(RenderException.class);

    Rendered rendered = dot.render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, TIMEOUT);
    assertThat(SvgDocuments.titles(SvgDocuments.parse(rendered.content()), "node"))
        .containsExactlyInAnyOrder(Graphs.THREE_CLUSTERS_NODES);
  }

  @Test
  void tooDeepNestingReportsParserError() {
    assertThatThrownBy(
            () -> NativeDot.locate().render(Graphs.nested(4000), OutputFormat.SVG, TIMEOUT))
        .isInstanceOf(RenderException.class)
        .hasMessage(
            "Graphviz 'dot' failed with exit code 1:"
                + " Error: <stdin>: memory exhausted in line 3334 near 'subgraph'");
  }

  @Test
  void warningsAreReturnedWithOutput() throws Exception {
    Rendered rendered =
        NativeDot.locate().render("digraph { a [color=notacolor]; }", OutputFormat.SVG, TIMEOUT);

    assertThat(rendered.warnings()).containsExactly("notacolor is not a known color.");
  }

  @Test
  void descriptionNamesVersionAndPath() throws Exception {
    NativeDot dot = NativeDot.locate();

    assertThat(dot.graphvizVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(dot.description())
        .isEqualTo("dot " + dot.graphvizVersion() + " at " + dot.executable());
  }

  @Test
  void slowRealDotIsStoppedByTimeout() throws Exception {
    NativeDot dot = NativeDot.locate();
    long start = System.nanoTime();

    assertThatThrownBy(
            () -> dot.render(Graphs.large(2000, 6000), OutputFormat.SVG, Duration.ofMillis(300)))
        .isInstanceOf(RenderException.class)
        .hasMessage(
            "Graphviz 'dot' timed out after 300 ms and was stopped:"
                + " render a smaller map or raise the timeout");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void timeoutKillsSleepingDotAndChild() throws Exception {
    Path childPid = folder.resolve("child.pid");
    Path fake = script("sleeping-dot", "sleep 60 &\necho $! > '" + childPid + "'\nwait\n");
    long start = System.nanoTime();

    assertThatThrownBy(
            () ->
                NativeDot.at(fake)
                    .render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, Duration.ofMillis(500)))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("Graphviz 'dot' timed out after 500 ms and was stopped");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));

    long pid = Long.parseLong(Files.readString(childPid).strip());
    assertThat(awaitExit(pid, Duration.ofSeconds(10)))
        .as("the script's child process %d has exited", pid)
        .isTrue();
  }

  @Test
  void failingDotReportsFirstErrorLine() throws Exception {
    Path fake =
        script("failing-dot", "echo 'Error: first line' >&2\necho 'second line' >&2\nexit 3\n");

    assertThatThrownBy(
            () -> NativeDot.at(fake).render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, TIMEOUT))
        .isInstanceOf(RenderException.class)
        .hasMessage("Graphviz 'dot' failed with exit code 3: Error: first line");
  }

  @Test
  void dotReceivesFormatAndInput() throws Exception {
    Path fake = script("echo-dot", "echo \"$@\"\ncat\n");

    Rendered rendered = NativeDot.at(fake).render("digraph { a; }", OutputFormat.PDF, TIMEOUT);

    assertThat(new String(rendered.content(), StandardCharsets.UTF_8))
        .isEqualTo("-Tpdf\ndigraph { a; }");
  }

  @Test
  void nonPositiveTimeoutIsRejected() throws Exception {
    NativeDot dot = NativeDot.locate();

    assertThatThrownBy(() -> dot.render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout must be positive");
  }

  @Test
  void missingPathGivesClearMessage() {
    Path missing = folder.resolve("no-such-dot");

    assertThatThrownBy(() -> NativeDot.at(missing))
        .isInstanceOf(RenderException.class)
        .hasMessage(
            "Graphviz 'dot' not found at "
                + missing
                + ": correct the path, install Graphviz (for example `apt-get install graphviz`)"
                + " or use --engine embedded");
  }

  @Test
  void dotMissingFromPathGivesClearMessage() {
    Map<String, String> environment = Map.of("PATH", folder.toString());

    assertThatThrownBy(() -> NativeDot.locate(environment))
        .isInstanceOf(RenderException.class)
        .hasMessage(
            "Graphviz 'dot' not found on PATH: install Graphviz"
                + " (for example `apt-get install graphviz`) or use --engine embedded");
  }

  @Test
  void locateSearchesPathDirectoriesInOrder() throws Exception {
    Path first = Files.createDirectory(folder.resolve("first"));
    Path second = Files.createDirectory(folder.resolve("second"));
    Path dot = Files.move(script("dot", "exit 0\n"), second.resolve("dot"));
    Map<String, String> environment = Map.of("PATH", first + ":" + second);

    assertThat(NativeDot.locate(environment).executable()).isEqualTo(dot);
  }

  @Test
  void environmentVariableTakesPrecedenceOverPath() throws Exception {
    Path fake = script("configured-dot", "exit 0\n");
    Map<String, String> environment =
        Map.of(NativeDot.DOT_VARIABLE, fake.toString(), "PATH", "/usr/bin:/bin");

    assertThat(NativeDot.locate(environment).executable()).isEqualTo(fake);
  }

  @Test
  void missingFileInEnvironmentVariableGivesClearMessage() {
    String missing = folder.resolve("no-such-dot").toString();
    Map<String, String> environment = Map.of(NativeDot.DOT_VARIABLE, missing);

    assertThatThrownBy(() -> NativeDot.locate(environment))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith(
            "Graphviz 'dot' not found at " + missing + " (set in SIMAP_DOT): correct SIMAP_DOT");
  }

  /** Writes an executable shell script to the temporary folder, to be run in place of dot. */
  private Path script(String name, String body) throws IOException {
    Path path = folder.resolve(name);
    Files.writeString(path, "#!/bin/sh\n" + body);
    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
    return path;
  }

  /** Waits for the process to exit; returns whether it did within the limit. */
  private static boolean awaitExit(long pid, Duration limit) throws InterruptedException {
    long deadline = System.nanoTime() + limit.toNanos();
    while (System.nanoTime() < deadline) {
      Optional<ProcessHandle> process = ProcessHandle.of(pid);
      if (process.isEmpty() || !process.get().isAlive()) {
        return true;
      }
      Thread.sleep(50);
    }
    return false;
  }
}
