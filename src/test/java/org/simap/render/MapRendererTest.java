package org.simap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.simap.model.Element;
import org.simap.model.SystemMap;
import org.simap.render.engine.EmbeddedGraphviz;
import org.simap.render.engine.LayoutEngine;
import org.simap.render.engine.NativeDot;
import org.simap.render.engine.RenderException;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Renders maps with both real engines and checks the SVG as XML and by content. */
class MapRendererTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);
  private static final LayoutEngine EMBEDDED = new EmbeddedGraphviz();
  private static final LayoutEngine NATIVE = nativeDot();

  private static LayoutEngine nativeDot() {
    try {
      return NativeDot.locate();
    } catch (RenderException e) {
      throw new IllegalStateException("these tests need Graphviz's dot on PATH", e);
    }
  }

  static Stream<Arguments> mapsAndEngines() {
    List<Arguments> cases = new ArrayList<>();
    for (Path map : Maps.all()) {
      cases.add(Arguments.of(map.getFileName().toString(), map, EMBEDDED));
      cases.add(Arguments.of(map.getFileName().toString(), map, NATIVE));
    }
    return cases.stream();
  }

  static Stream<LayoutEngine> engines() {
    return Stream.of(EMBEDDED, NATIVE);
  }

  private static Document svg(SystemMap map, RenderOptions options, LayoutEngine engine)
      throws Exception {
    byte[] svg = new MapRenderer(engine, TIMEOUT).render(map, options, RenderFormat.SVG).content();
    return strictParse(svg);
  }

  /** Parses as strict XML, without loading the DTD that Graphviz's SVG may name. */
  static Document strictParse(byte[] xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
  }

  private static List<org.w3c.dom.Element> groups(Document document, String idPrefix) {
    List<org.w3c.dom.Element> found = new ArrayList<>();
    NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      org.w3c.dom.Element group = (org.w3c.dom.Element) groups.item(i);
      if (group.getAttribute("id").startsWith(idPrefix)) {
        found.add(group);
      }
    }
    return found;
  }

  private static org.w3c.dom.Element group(Document document, String id) {
    return groups(document, id).stream()
        .filter(g -> g.getAttribute("id").equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no group with id " + id));
  }

  private static String title(org.w3c.dom.Element group) {
    return group
        .getElementsByTagNameNS("http://www.w3.org/2000/svg", "title")
        .item(0)
        .getTextContent();
  }

  /** Returns the text a group shows, without the spaces and line breaks that wrapping changes. */
  private static String shownText(org.w3c.dom.Element group) {
    StringBuilder text = new StringBuilder();
    NodeList texts = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "text");
    for (int i = 0; i < texts.getLength(); i++) {
      text.append(texts.item(i).getTextContent());
    }
    return withoutSpace(text.toString());
  }

  private static String withoutSpace(String text) {
    return text.replaceAll("[\\s\\u00A0]+", "");
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("mapsAndEngines")
  void drawsOneClusterPerLevel(String name, Path path, LayoutEngine engine) throws Exception {
    SystemMap map = Maps.load(path);

    Document svg = svg(map, RenderOptions.defaults(), engine);

    assertThat(groups(svg, "level-")).hasSize(map.levels().size());
    assertThat(groups(svg, "element-")).hasSize((int) map.elements().count());
    assertThat(groups(svg, "legend")).isNotEmpty();
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("mapsAndEngines")
  void drawsGridOfEveryMap(String name, Path path, LayoutEngine engine) throws Exception {
    SystemMap map = Maps.load(path);

    Document svg = svg(map, RenderOptions.defaults().withLayout(Layout.GRID), engine);

    assertThat(groups(svg, "element-")).hasSize((int) map.elements().count());
    int columns = map.subsystems().size();
    if (columns > 0 && map.elements().anyMatch(e -> e.subsystem().isEmpty())) {
      columns++;
    }
    assertThat(groups(svg, "subsystem-")).hasSize(columns);
  }

  @ParameterizedTest
  @MethodSource("engines")
  void gridKeepsElementsUnderTheirSubsystem(LayoutEngine engine) throws Exception {
    SystemMap map =
        Maps.load(org.simap.TestFiles.root().resolve("examples/hospital-discharge.simap.yaml"));

    Document svg = svg(map, RenderOptions.defaults().withLayout(Layout.GRID), engine);

    // Coordinates are rounded to hundredths of a point in Graphviz's SVG.
    double tolerance = 1;
    List<Element> elements = map.elements().toList();
    assertThat(elements).isNotEmpty();
    for (Element element : elements) {
      String header = "subsystem-" + element.subsystem().orElse("other");
      double[] column = horizontalSpan(group(svg, header));
      double[] node = horizontalSpan(group(svg, "element-" + element.id()));
      double centre = (node[0] + node[1]) / 2;
      assertThat(centre)
          .as(
              "x-centre of %s, under header %s from %s to %s",
              element.id(), header, column[0], column[1])
          .isBetween(column[0] - tolerance, column[1] + tolerance);
    }
  }

  /** Returns the least and greatest x of a node's polygons and ellipses, in SVG user units. */
  private static double[] horizontalSpan(org.w3c.dom.Element group) {
    List<Double> xs = new ArrayList<>();
    NodeList polygons = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "polygon");
    for (int i = 0; i < polygons.getLength(); i++) {
      String points = ((org.w3c.dom.Element) polygons.item(i)).getAttribute("points");
      for (String point : points.trim().split("\\s+")) {
        xs.add(Double.parseDouble(point.substring(0, point.indexOf(','))));
      }
    }
    NodeList ellipses = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "ellipse");
    for (int i = 0; i < ellipses.getLength(); i++) {
      org.w3c.dom.Element ellipse = (org.w3c.dom.Element) ellipses.item(i);
      double cx = Double.parseDouble(ellipse.getAttribute("cx"));
      double rx = Double.parseDouble(ellipse.getAttribute("rx"));
      xs.add(cx - rx);
      xs.add(cx + rx);
    }
    assertThat(xs).as("outline of %s", group.getAttribute("id")).isNotEmpty();
    return new double[] {
      xs.stream().mapToDouble(Double::doubleValue).min().orElseThrow(),
      xs.stream().mapToDouble(Double::doubleValue).max().orElseThrow()
    };
  }

  @ParameterizedTest
  @MethodSource("engines")
  void levelsFollowMapOrderFromTopToBottom(LayoutEngine engine) throws Exception {
    SystemMap map =
        Maps.load(org.simap.TestFiles.root().resolve("examples/hospital-discharge.simap.yaml"));

    Document svg = svg(map, RenderOptions.defaults(), engine);

    List<Double> tops = new ArrayList<>();
    for (var level : map.levels()) {
      tops.add(top(group(svg, "level-" + level.id())));
    }
    assertThat(tops).isSorted();
  }

  /** Returns the smallest y of a cluster's outline; Graphviz's SVG y grows downwards. */
  private static double top(org.w3c.dom.Element cluster) {
    String points =
        ((org.w3c.dom.Element)
                cluster.getElementsByTagNameNS("http://www.w3.org/2000/svg", "path").item(0))
            .getAttribute("d");
    double min = Double.MAX_VALUE;
    for (String pair : points.replaceAll("[MCLZ]", " ").trim().split("\\s+")) {
      String[] xy = pair.split(",");
      if (xy.length == 2) {
        min = Math.min(min, Double.parseDouble(xy[1]));
      }
    }
    return min;
  }

  @ParameterizedTest
  @MethodSource("engines")
  void listsLegendEntriesInUse(LayoutEngine engine) throws Exception {
    Document svg = svg(Maps.fixtureMap("every-mark"), RenderOptions.defaults(), engine);

    assertThat(groups(svg, "legend-").stream().map(g -> g.getAttribute("id")))
        .containsExactlyInAnyOrder(
            "legend-structure",
            "legend-process",
            "legend-norm",
            "legend-variation-high",
            "legend-variation-medium",
            "legend-focus-improvement",
            "legend-focus-investigate",
            "legend-link-influences",
            "legend-link-depends-on",
            "legend-link-feeds",
            "legend-link-conflicts-with",
            "legend-link-supports",
            "legend-challenge-feedback");
  }

  @ParameterizedTest
  @MethodSource("engines")
  void noLegendDrawsNone(LayoutEngine engine) throws Exception {
    Document svg =
        svg(Maps.fixtureMap("every-mark"), RenderOptions.defaults().withLegend(false), engine);

    assertThat(groups(svg, "legend")).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("engines")
  void showsNamesExactlyAsWritten(LayoutEngine engine) throws Exception {
    SystemMap map = Maps.fixtureMap("hard-text");

    Document svg = svg(map, RenderOptions.defaults(), engine);

    for (Element element : map.elements().toList()) {
      assertThat(shownText(group(svg, "element-" + element.id())))
          .as(element.id())
          .contains(withoutSpace(element.name()));
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void showsDescriptionsExactlyInTooltips(LayoutEngine engine) throws Exception {
    SystemMap map = Maps.fixtureMap("hard-text");

    Document svg = svg(map, RenderOptions.defaults(), engine);

    for (Element element : map.elements().toList()) {
      assertThat(title(group(svg, "element-" + element.id())))
          .as(element.id())
          .isEqualTo(element.name() + "\n\n" + element.description().orElseThrow());
    }
  }

  @ParameterizedTest
  @MethodSource("engines")
  void showsTitleProblemLevelsAndLinksExactly(LayoutEngine engine) throws Exception {
    SystemMap map = Maps.fixtureMap("hard-text");

    Document svg = svg(map, RenderOptions.defaults(), engine);

    String all = shownText(svg.getDocumentElement());
    assertThat(all).contains(withoutSpace(map.title()));
    assertThat(all).contains(withoutSpace(map.problem()));
    assertThat(all).contains(withoutSpace("Classroom <b>bold?</b> & \"quoted\""));
    assertThat(all).contains(withoutSpace("Café 日本 😀"));
    assertThat(all).contains(withoutSpace("feeds C:\\Temp\\ & \"more\" <x>"));
    assertThat(all).contains(withoutSpace("&lt;not a tag&gt;"));
    assertThat(all).contains(withoutSpace("Challenge \"one\" & <two> \\ three"));
    assertThat(all).contains(withoutSpace("What does &lt; mean < here?"));
    assertThat(all).contains(withoutSpace("Is S:\\Grades\\New read by anyone?"));
  }

  @ParameterizedTest
  @MethodSource("engines")
  void keepsOnlyHttpLinks(LayoutEngine engine) throws Exception {
    Document svg = svg(Maps.fixtureMap("hard-text"), RenderOptions.defaults(), engine);

    NodeList anchors = svg.getElementsByTagNameNS("http://www.w3.org/2000/svg", "a");
    List<String> links = new ArrayList<>();
    for (int i = 0; i < anchors.getLength(); i++) {
      String href =
          ((org.w3c.dom.Element) anchors.item(i))
              .getAttributeNS("http://www.w3.org/1999/xlink", "href");
      if (!href.isEmpty()) {
        links.add(href);
      }
    }
    assertThat(links).containsExactly("https://example.org/grades?term=1&view=all");
  }

  @ParameterizedTest
  @MethodSource("engines")
  void containsNoScriptOrHandlers(LayoutEngine engine) throws Exception {
    byte[] svg =
        new MapRenderer(engine, TIMEOUT)
            .render(Maps.fixtureMap("hard-text"), RenderOptions.defaults(), RenderFormat.SVG)
            .content();

    String text = new String(svg, java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).doesNotContain("<script");
    assertThat(text).doesNotContainPattern("\\son[a-z]+=");
  }

  @ParameterizedTest
  @MethodSource("engines")
  void sameMapGivesSameBytes(LayoutEngine engine) throws Exception {
    MapRenderer renderer = new MapRenderer(engine, TIMEOUT);
    SystemMap map = Maps.fixtureMap("every-mark");

    byte[] first = renderer.render(map, RenderOptions.defaults(), RenderFormat.SVG).content();
    byte[] second = renderer.render(map, RenderOptions.defaults(), RenderFormat.SVG).content();

    assertThat(second).isEqualTo(first);
  }

  @Test
  void writesDotWithoutEngine() throws Exception {
    SystemMap map = Maps.fixtureMap("every-mark");

    byte[] dot =
        new MapRenderer(EMBEDDED, TIMEOUT)
            .render(map, RenderOptions.defaults(), RenderFormat.DOT)
            .content();

    assertThat(new String(dot, java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(DotWriter.write(map, RenderOptions.defaults()));
  }

  @Test
  void writesPngWithNativeDot() throws Exception {
    byte[] png =
        new MapRenderer(NATIVE, TIMEOUT)
            .render(Maps.fixtureMap("every-mark"), RenderOptions.defaults(), RenderFormat.PNG)
            .content();

    assertThat(png).startsWith(0x89, 'P', 'N', 'G');
  }

  @Test
  void embeddedRejectsPng() {
    MapRenderer renderer = new MapRenderer(EMBEDDED, TIMEOUT);
    SystemMap map = Maps.fixtureMap("every-mark");

    assertThatThrownBy(() -> renderer.render(map, RenderOptions.defaults(), RenderFormat.PNG))
        .isInstanceOf(RenderException.class);
  }
}
