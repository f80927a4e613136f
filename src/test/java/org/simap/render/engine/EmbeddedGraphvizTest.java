package org.simap.render.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

class EmbeddedGraphvizTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final EmbeddedGraphviz engine = new EmbeddedGraphviz();

  @Test
  void rendersClustersAsStrictSvg() throws Exception {
    Rendered rendered = engine.render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, TIMEOUT);

    assertThat(rendered.format()).isEqualTo(OutputFormat.SVG);
    Document svg = SvgDocuments.parse(rendered.content());
    assertThat(svg.getDocumentElement().getLocalName()).isEqualTo("svg");
    assertThat(SvgDocuments.titles(svg, "node"))
        .containsExactlyInAnyOrder(Graphs.THREE_CLUSTERS_NODES);
    assertThat(SvgDocuments.titles(svg, "cluster"))
        .containsExactlyInAnyOrder("cluster_people", "cluster_process", "cluster_tools");
    assertThat(rendered.warnings()).isEmpty();
  }

  @Test
  void renderTwiceGivesIdenticalBytes() throws Exception {
    byte[] first = engine.render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, TIMEOUT).content();
    engine.render("digraph other { x -> y -> z; }", OutputFormat.SVG, TIMEOUT);
    byte[] second = engine.render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, TIMEOUT).content();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void freshEngineGivesSameBytesAsUsedOne() throws Exception {
    engine.render(Graphs.large(40, 60), OutputFormat.SVG, TIMEOUT);
    byte[] used = engine.render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, TIMEOUT).content();
    byte[] fresh =
        new EmbeddedGraphviz().render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, TIMEOUT).content();

    assertThat(fresh).isEqualTo(used);
  }

  @Test
  void brokenDotReportsGraphvizError() {
    assertThatThrownBy(() -> engine.render(Graphs.BROKEN, OutputFormat.SVG, TIMEOUT))
        .isInstanceOf(RenderException.class)
        .hasMessage("Graphviz could not read the DOT text: syntax error in line 3 near ';'");
  }

  @Test
  void engineWorksAfterBrokenDot() throws Exception {
    assertThatThrownBy(() -> engine.render(Graphs.BROKEN, OutputFormat.SVG, TIMEOUT))
        .isInstanceOf(RenderException.class);

    Rendered rendered = engine.render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, TIMEOUT);
    assertThat(SvgDocuments.titles(SvgDocuments.parse(rendered.content()), "node"))
        .containsExactlyInAnyOrder(Graphs.THREE_CLUSTERS_NODES);
  }

  @Test
  void warningsAreReturnedWithOutput() throws Exception {
    Rendered rendered =
        engine.render("digraph { a [color=notacolor]; }", OutputFormat.SVG, TIMEOUT);

    assertThat(rendered.warnings()).containsExactly("notacolor is not a known color.");
  }

  @Test
  void nonAsciiLabelsSurviveAsUtf8() throws Exception {
    String label = "Größe → 東京";
    Rendered rendered =
        engine.render("digraph { a [label=\"" + label + "\"]; }", OutputFormat.SVG, TIMEOUT);

    assertThat(rendered.text()).contains(">" + label + "<");
    assertThat(new String(rendered.content(), StandardCharsets.UTF_8)).isEqualTo(rendered.text());
  }

  @Test
  void binaryFormatsAreRejected() {
    assertThat(engine.formats()).containsExactly(OutputFormat.SVG);
    for (OutputFormat format : new OutputFormat[] {OutputFormat.PNG, OutputFormat.PDF}) {
      assertThatThrownBy(() -> engine.render(Graphs.THREE_CLUSTERS, format, TIMEOUT))
          .isInstanceOf(RenderException.class)
          .hasMessageStartingWith("The embedded Graphviz renders only SVG, not " + format);
    }
  }

  @Test
  void nulCharacterIsRejected() {
    assertThatThrownBy(() -> engine.render("digraph { a\0 }", OutputFormat.SVG, TIMEOUT))
        .isInstanceOf(RenderException.class)
        .hasMessageContaining("NUL character");
  }

  @Test
  void timeoutStopsRenderAndEngineRecovers() throws Exception {
    long start = System.nanoTime();
    assertThatThrownBy(
            () -> engine.render(Graphs.large(2000, 6000), OutputFormat.SVG, Duration.ofMillis(300)))
        .isInstanceOf(RenderException.class)
        .hasMessageStartingWith("The embedded Graphviz timed out after 300 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));

    Rendered rendered = engine.render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, TIMEOUT);
    assertThat(SvgDocuments.titles(SvgDocuments.parse(rendered.content()), "node"))
        .containsExactlyInAnyOrder(Graphs.THREE_CLUSTERS_NODES);
  }

  @Test
  void deepNestingFitsRenderStack() throws Exception {
    Rendered rendered = engine.render(Graphs.nested(3300), OutputFormat.SVG, TIMEOUT);

    assertThat(SvgDocuments.titles(SvgDocuments.parse(rendered.content()), "node"))
        .containsExactlyInAnyOrder("a", "b");
  }

  @Test
  void tooDeepNestingReportsParserError() {
    assertThatThrownBy(() -> engine.render(Graphs.nested(4000), OutputFormat.SVG, TIMEOUT))
        .isInstanceOf(RenderException.class)
        .hasMessage("Graphviz reported an error: memory exhausted in line 3334 near 'subgraph'");
  }

  @Test
  void nonPositiveTimeoutIsRejected() {
    assertThatThrownBy(() -> engine.render(Graphs.THREE_CLUSTERS, OutputFormat.SVG, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("timeout must be positive");
  }

  @Test
  void descriptionNamesGraphvizVersion() throws Exception {
    assertThat(engine.graphvizVersion()).isEqualTo("15.1.1");
    assertThat(engine.description()).isEqualTo("embedded Graphviz 15.1.1 (WebAssembly)");
  }
}
