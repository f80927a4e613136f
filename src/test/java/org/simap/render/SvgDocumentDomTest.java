package org.simap.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.simap.model.Element;
import org.simap.model.SystemMap;
import org.simap.render.engine.EmbeddedGraphviz;
import org.simap.render.engine.LayoutEngine;
import org.simap.render.engine.NativeDot;
import org.simap.render.engine.OutputFormat;

/**
 * Compares {@link SvgDocument}, which streams, with {@link DomSvgDocument}, which parses into a DOM
 * and writes with the JDK's transformer: the bytes must be the same for Graphviz's SVG from both
 * engines and for XML that exercises each escaping and namespace rule.
 */
class SvgDocumentDomTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private static final String DECLARATION =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n";
  private static final String DOCTYPE =
      "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
          + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n";
  private static final String SVG_START =
      "<svg width=\"8pt\" height=\"8pt\"\n viewBox=\"0 0 8 8\" xmlns=\"http://www.w3.org/2000/svg\""
          + " xmlns:xlink=\"http://www.w3.org/1999/xlink\">\n";

  private static final Map<String, Element> ELEMENTS = elements(Maps.fixtureMap("hard-text"));
  private static final String TITLE = "Map \"title\" & <more>\nsecond line";

  static Stream<Arguments> graphvizOutput() throws Exception {
    List<Arguments> cases = new ArrayList<>();
    List<LayoutEngine> engines = List.of(new EmbeddedGraphviz(), NativeDot.locate());
    for (Path path : Maps.all()) {
      SystemMap map = Maps.load(path);
      for (Layout layout : Layout.values()) {
        String dot = DotWriter.write(map, RenderOptions.defaults().withLayout(layout));
        for (LayoutEngine engine : engines) {
          byte[] svg = engine.render(dot, OutputFormat.SVG, TIMEOUT).content();
          String name = path.getFileName() + " " + layout + " " + engine.getClass().getSimpleName();
          cases.add(Arguments.of(name, svg, elements(map), map.title()));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("graphvizOutput")
  void matchesDomOnGraphvizOutput(
      String name, byte[] svg, Map<String, Element> elements, String title) throws Exception {
    String expected = new String(DomSvgDocument.finish(svg, elements, title), UTF_8);

    String finished = new String(SvgDocument.finish(svg, elements, title), UTF_8);

    assertThat(finished).isEqualTo(expected);
  }

  /** Bodies of an SVG root element, each exercising rules of escaping, order or titles. */
  static Stream<String> bodies() {
    return Stream.of(
        "",
        "<text>a &amp; b &lt; c &gt; d \" ' \ttab</text>",
        "<text>&#13; &#10; &#9; &#127; &#128; &#133; &#159; &#160; &#8232; &#128512; &#x1F600;</text>",
        "<text>é ★ 😀 \u0085 \u007f \u2028 \u00a0 日本</text>",
        "<g id=\"a&amp;b\" class=\"x&lt;y&gt;z&quot;w\" data-a='single \"quoted\"'/>",
        "<g title=\"line&#10;break&#13;cr&#9;tab\" other=\"literal\nnewline\ttab\" />",
        "<g emoji=\"😀 &#128512;\" c1=\"\u0085 &#133;\" del=\"\u007f\" apos=\"&apos;\"/>",
        "<rect z=\"1\" viewBox=\"2\" a=\"3\" Zeta=\"4\" _u=\"5\" b-c=\"6\" b.c=\"7\" B=\"8\"/>",
        "<path></path><path/><g>\n  \n</g>",
        "<!-- a comment \n over lines é --><g/><!---->",
        "<g id=\"graph0\" class=\"graph\"><title>simap</title><g/></g>",
        "<g id=\"graph0\" class=\"graph\"><text>no title</text></g>",
        "<g id=\"graph0\" class=\"graph\"/>",
        "<g id=\"element-markup\" class=\"node\"><title>markup</title>"
            + "<g id=\"a_element-markup\"><a xlink:href=\"https://example.org/?a=1&amp;b=2\""
            + " xlink:title=\"old\" target=\"_blank\"><path d=\"M0 0\"/></a></g></g>",
        "<g id=\"element-lines\" class=\"node\"><path/><title a=\"1\">x<b>y</b>z</title>"
            + "<title>second</title></g>",
        "<g id=\"element-unicode\" class=\"node\"/>",
        "<g id=\"element-unknown\" class=\"node\"><title>kept</title></g>",
        "<g id=\"element-markup\" class=\"node\"><title/></g>",
        "<g id=\"graph0\" class=\"graph\"><a xlink:title=\"graph link\"/>"
            + "<g id=\"element-backslashes\"><g id=\"element-markup\"><a xlink:title=\"t\"/></g>"
            + "<a xlink:title=\"u\"/></g></g>",
        "<text font-family=\"Helvetica,sans-Serif\">a</text><text font-family=\"Times\">b</text>"
            + "<text font-family=\"Helvetica\" font-size=\"9\">c</text>",
        "<g xmlns=\"http://www.w3.org/2000/svg\"><g xmlns:xlink=\"http://www.w3.org/1999/xlink\"/></g>",
        "<g xmlns:foo=\"urn:foo\" foo:bar=\"1\"><foo:thing foo:x=\"2\"/></g>",
        "<text xml:space=\"preserve\">  spaced  </text>",
        "<g xmlns=\"\"><g id=\"element-markup\"><title>not svg</title></g></g>",
        "<svg:g xmlns:svg=\"http://www.w3.org/2000/svg\" id=\"element-markup\"/>",
        "<g id=\"element-markup\" class=\"node\"><title>x</title></g>"
            + "<g class=\"graph\" id=\"element-lines\"><a xlink:title=\"kept\"/></g>");
  }

  @ParameterizedTest
  @MethodSource("bodies")
  void matchesDomOnTrickyXml(String body) throws Exception {
    for (String head : List.of(DECLARATION + DOCTYPE, "", "\uFEFF" + DECLARATION)) {
      byte[] svg = (head + SVG_START + body + "</svg>\n").getBytes(UTF_8);
      String expected = new String(DomSvgDocument.finish(svg, ELEMENTS, TITLE), UTF_8);

      String finished = new String(SvgDocument.finish(svg, ELEMENTS, TITLE), UTF_8);

      assertThat(finished).as(head + body).isEqualTo(expected);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<?xml version='1.0' encoding='utf-8' standalone='yes'?>\r\n<svg xmlns='http://www.w3.org/2000/svg'>\r\n<text>a\r\nb\rc</text></svg>",
        "<!-- before --><!DOCTYPE svg SYSTEM \"svg.dtd\"><svg xmlns=\"http://www.w3.org/2000/svg\"/>\n<!-- after -->\n",
        "<svg xmlns=\"http://www.w3.org/2000/svg\"><text>last</text></svg>",
      })
  void matchesDomOnWholeDocuments(String document) throws Exception {
    byte[] svg = document.getBytes(UTF_8);
    String expected = new String(DomSvgDocument.finish(svg, ELEMENTS, TITLE), UTF_8);

    String finished = new String(SvgDocument.finish(svg, ELEMENTS, TITLE), UTF_8);

    assertThat(finished).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<g>",
        "<g></h>",
        "<g a=1/>",
        "<g a=\"1\" a=\"2\"/>",
        "<g xlink:href=\"#a\" xmlns:x=\"http://www.w3.org/1999/xlink\" x:href=\"#b\"/>",
        "<q:g/>",
        "<g a=\"<\"/>",
        "<text>a & b</text>",
        "<text>&#0;</text>",
        "<text>&#xD800;</text>",
        "<text>&#+65;</text>",
        "<text>a ]]> b</text>",
        "<!-- a -- b -->",
        "<!-- a --->",
        "<g/></svg><svg>",
        "</svg>text<svg>",
        "<g ab/>",
        "<g a=\"1\"b=\"2\"/>",
        "<1g/>",
        "<g:/>",
        "<g xmlns:p=\"\"/>",
        "<script>alert(1)</script>",
        "<g onload=\"alert(1)\"/>",
        "<g xmlns:onclick=\"urn:x\"/>",
        "<a xlink:href=\" javascript:alert(1)\"/>",
        "<a href=\"data:text/html,x\"/>",
        "<ANIMATE/>",
        "<g onload=\"x\"><broken></g>",
      })
  void rejectsWhatDomRejects(String body) {
    byte[] svg = (DECLARATION + DOCTYPE + SVG_START + body + "</svg>\n").getBytes(UTF_8);

    assertThatThrownBy(() -> DomSvgDocument.finish(svg, ELEMENTS, TITLE))
        .isInstanceOf(SvgDocument.InvalidSvgException.class);
    assertThatThrownBy(() -> SvgDocument.finish(svg, ELEMENTS, TITLE))
        .isInstanceOf(SvgDocument.InvalidSvgException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<script>alert(1)</script>",
        "<g onload=\"alert(1)\"/>",
        "<g xmlns:onclick=\"urn:x\"/>",
        "<a xlink:href=\" javascript:alert(1)\"/>",
        "<g><g><foreignObject/></g></g>",
        "<g b=\"1\" onz=\"1\" ona=\"2\"/>",
        "<g onload=\"x\"><broken></g>",
      })
  void reportsTheSameProblemAsDom(String body) {
    byte[] svg = (DECLARATION + DOCTYPE + SVG_START + body + "</svg>\n").getBytes(UTF_8);
    String expected = message(() -> DomSvgDocument.finish(svg, ELEMENTS, TITLE));
    String prefix = expected.startsWith("the SVG is not well-formed") ? "the SVG is not" : expected;

    assertThat(message(() -> SvgDocument.finish(svg, ELEMENTS, TITLE))).startsWith(prefix);
  }

  private interface Finish {
    byte[] run() throws Exception;
  }

  private static String message(Finish finish) {
    try {
      finish.run();
    } catch (Exception e) {
      return e.getMessage();
    }
    throw new AssertionError("expected the SVG to be rejected");
  }

  private static Map<String, Element> elements(SystemMap map) {
    return map.elements().collect(Collectors.toMap(Element::id, e -> e, (a, b) -> a));
  }
}
