package org.simap.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.simap.model.Element;

class SvgDocumentTest {

  private static final String HEAD =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
          + "<!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
          + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">\n"
          + "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\">";

  private static byte[] svg(String body) {
    return (HEAD + body + "</svg>").getBytes(UTF_8);
  }

  private static String finish(String body) throws SvgDocument.InvalidSvgException {
    Map<String, Element> elements =
        Maps.fixtureMap("every-mark")
            .elements()
            .collect(java.util.stream.Collectors.toMap(Element::id, e -> e));
    return new String(SvgDocument.finish(svg(body), elements, "Map \"title\""), UTF_8);
  }

  @Test
  void rejectsScripts() {
    assertThatThrownBy(() -> finish("<script>alert(1)</script>"))
        .isInstanceOf(SvgDocument.InvalidSvgException.class)
        .hasMessageContaining("<script>");
  }

  @Test
  void rejectsEventHandlers() {
    assertThatThrownBy(() -> finish("<g onload=\"alert(1)\"/>"))
        .isInstanceOf(SvgDocument.InvalidSvgException.class)
        .hasMessageContaining("onload");
  }

  @Test
  void rejectsJavascriptLinks() {
    assertThatThrownBy(() -> finish("<a xlink:href=\"javascript:alert(1)\"/>"))
        .isInstanceOf(SvgDocument.InvalidSvgException.class)
        .hasMessageContaining("javascript:");
  }

  @Test
  void rejectsEmbeddedHtml() {
    assertThatThrownBy(() -> finish("<foreignObject><p>x</p></foreignObject>"))
        .isInstanceOf(SvgDocument.InvalidSvgException.class);
  }

  @Test
  void rejectsMalformedXml() {
    assertThatThrownBy(() -> finish("<a xlink:href=\"https://x.org/?a=1&b=2\"/>"))
        .isInstanceOf(SvgDocument.InvalidSvgException.class)
        .hasMessageContaining("not well-formed");
  }

  @Test
  void keepsHttpLinks() throws Exception {
    assertThat(finish("<a xlink:href=\"https://x.org/?a=1&amp;b=2\"/>"))
        .contains("https://x.org/?a=1&amp;b=2");
  }

  @Test
  void setsElementTooltipFromMap() throws Exception {
    String svg = finish("<g id=\"element-grading\" class=\"node\"><title>grading</title></g>");

    assertThat(svg).contains("<title>Grading\n\nHow work becomes a grade.</title>");
  }

  @Test
  void setsPictureTitle() throws Exception {
    String svg = finish("<g id=\"graph0\" class=\"graph\"><title>simap</title></g>");

    assertThat(svg).contains("<title>Map \"title\"</title>");
  }

  @Test
  void dropsTheDtdReference() throws Exception {
    assertThat(finish("")).doesNotContain("DOCTYPE").startsWith("<?xml");
  }
}
