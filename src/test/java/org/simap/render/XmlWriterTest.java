package org.simap.render;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simap.render.XmlReader.Attribute;

/** Checks the UTF-8 that {@link XmlWriter} encodes itself against {@link String#getBytes}. */
class XmlWriterTest {

  private static Attribute attribute(String name, String value) {
    return new Attribute(name, name, "", value);
  }

  private static void assertWritten(XmlWriter writer, String expected) {
    assertThat(writer.toByteArray()).isEqualTo(expected.getBytes(UTF_8));
  }

  @Test
  void encodesTextAttributesAndCommentsAsUtf8() {
    XmlWriter writer = new XmlWriter(16);

    writer.markup("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    writer.startElement("t", List.of(attribute("a", "é € 😀 日本")));
    writer.text("é € 😀 日本 & ✓");
    writer.comment(" é 😀 ");
    writer.endElement("t");

    assertWritten(
        writer,
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<t a=\"é € &#128512; 日本\">é € &#128512; 日本 &amp; ✓<!-- é 😀 --></t>");
  }

  @Test
  void writesUnpairedSurrogatesAsQuestionMarks() {
    XmlWriter writer = new XmlWriter(64);

    writer.startElement("t", List.of(attribute("a", "x\uDC00y\uD800")));
    writer.text("\uDFFFz\uDBFF");
    writer.comment("\uD800-\uDC00");
    writer.endElement("t");

    assertWritten(writer, "<t a=\"x?y?\">?z?<!--?-?--></t>");
    assertWritten(writer, "<t a=\"x\uDC00y\uD800\">\uDFFFz\uDBFF<!--\uD800-\uDC00--></t>");
  }

  @Test
  void insertsMarkupAtByteLength() {
    XmlWriter writer = new XmlWriter(8);
    writer.startElement("g", List.of(attribute("a", "é")));
    writer.closeStartTag();
    int position = writer.length();
    writer.text("ü 😀 after");
    int lengthBeforeEscape = writer.length();

    String escaped = writer.escapeText("ü <b> 😀");
    int lengthAfterEscape = writer.length();
    writer.insert(position, "<title>" + escaped + "</title>");
    writer.endElement("g");

    assertThat(position).isEqualTo("<g a=\"é\">".getBytes(UTF_8).length);
    assertThat(escaped).isEqualTo("ü &lt;b&gt; &#128512;");
    assertThat(lengthAfterEscape).isEqualTo(lengthBeforeEscape);
    assertWritten(writer, "<g a=\"é\"><title>ü &lt;b&gt; &#128512;</title>ü &#128512; after</g>");
  }

  @Test
  void growsPastInitialCapacity() {
    XmlWriter writer = new XmlWriter(1);
    String text = "é".repeat(5000);

    writer.startElement("t", List.of());
    writer.text(text);
    writer.endElement("t");

    assertWritten(writer, "<t>" + text + "</t>");
  }
}
