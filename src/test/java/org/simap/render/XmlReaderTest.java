package org.simap.render;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.simap.render.XmlReader.Attribute;
import org.simap.render.XmlReader.Event;
import org.simap.render.XmlReader.XmlException;

class XmlReaderTest {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String XLINK = "http://www.w3.org/1999/xlink";

  private static XmlReader reader(String xml) throws XmlException {
    return new XmlReader(xml.getBytes(UTF_8));
  }

  /** Reads a whole document and returns its events, one line each. */
  private static List<String> events(String xml) throws XmlException {
    XmlReader reader = reader(xml);
    List<String> events = new ArrayList<>();
    for (Event event = reader.next(); event != Event.END_DOCUMENT; event = reader.next()) {
      switch (event) {
        case START_ELEMENT -> {
          StringBuilder line = new StringBuilder("start {" + reader.namespaceUri() + "}");
          line.append(reader.localName());
          for (Attribute attribute : reader.attributes()) {
            line.append(" {").append(attribute.namespaceUri()).append('}');
            line.append(attribute.localName()).append('=').append(attribute.value());
          }
          events.add(line.toString());
        }
        case END_ELEMENT -> events.add("end " + reader.qualifiedName());
        case TEXT -> events.add("text " + reader.text());
        case COMMENT -> events.add("comment " + reader.text());
        default -> throw new AssertionError(event);
      }
    }
    return events;
  }

  @Test
  void resolvesNamespaces() throws Exception {
    List<String> events =
        events(
            "<svg xmlns='"
                + SVG
                + "' xmlns:xlink='"
                + XLINK
                + "'>"
                + "<a xlink:href='#x' id='y'/><g xmlns=''/></svg>");

    assertThat(events)
        .containsExactly(
            "start {"
                + SVG
                + "}svg {http://www.w3.org/2000/xmlns/}xmlns="
                + SVG
                + " {http://www.w3.org/2000/xmlns/}xlink="
                + XLINK,
            "start {" + SVG + "}a {" + XLINK + "}href=#x {}id=y",
            "end a",
            "start {}g {http://www.w3.org/2000/xmlns/}xmlns=",
            "end g",
            "end svg");
  }

  @Test
  void replacesReferences() throws Exception {
    List<String> events =
        events("<t a='&lt;&amp;&gt;&quot;&apos;&#65;&#x42;'>&lt;&#x1F600;&#10;&amp;</t>");

    assertThat(events).containsExactly("start {}t {}a=<&>\"'AB", "text <😀\n&", "end t");
  }

  @Test
  void normalizesLineEndsAndAttributeWhitespace() throws Exception {
    List<String> events = events("<t a='1\r\n2\t3&#10;4'>x\r\ny\rz</t>");

    assertThat(events).containsExactly("start {}t {}a=1 2 3\n4", "text x\ny\nz", "end t");
  }

  @Test
  void skipsDeclarationDoctypeAndOuterWhitespace() throws Exception {
    List<String> events =
        events(
            "<?xml version='1.0' encoding='utf-8' standalone='no'?>\n<!-- c -->\n"
                + "<!DOCTYPE svg PUBLIC '-//W3C//DTD SVG 1.1//EN' 'svg11.dtd'>\n<t/>\n<!--d-->\n");

    assertThat(events).containsExactly("comment  c ", "start {}t", "end t", "comment d");
  }

  @Test
  void keepsDeclaredSpellingOfUtf8() throws Exception {
    assertThat(reader("<?xml version='1.0' encoding='utf-8'?><t/>").declaredEncoding())
        .isEqualTo("utf-8");
    assertThat(reader("<t/>").declaredEncoding()).isEqualTo("UTF-8");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          <t><?php echo 1 ?></t>                                | processing instructions
          <?xml-stylesheet href='x.css'?><t/>                   | processing instructions
          <t><![CDATA[x]]></t>                                  | CDATA sections
          <!DOCTYPE t [<!ENTITY e 'x'>]><t>&e;</t>              | internal subset
          <t>&nbsp;</t>                                         | &nbsp; is not declared
          <?xml version='1.0' encoding='ISO-8859-1'?><t/>       | encoding ISO-8859-1
          <?xml version='1.1'?><t/>                             | version 1.1
          <tä/>                                                 | names must be ASCII
          <t xmlns:xmlfoo='urn:x'/>                             | not accepted
          <t xmlns:xml='urn:x'/>                                | not accepted
          <t/><t/>                                              | content after the root element
          <t>                                                   | <t> is not closed
          """)
  void rejectsXmlGraphvizDoesNotWrite(String xml, String message) {
    assertThatThrownBy(() -> events(xml))
        .isInstanceOf(XmlException.class)
        .hasMessageContaining(message);
  }

  @Test
  void rejectsInvalidUtf8() {
    byte[] latin1 = "<t>café</t>".getBytes(ISO_8859_1);

    assertThatThrownBy(() -> new XmlReader(latin1))
        .isInstanceOf(XmlException.class)
        .hasMessageContaining("not valid UTF-8");
  }

  @Test
  void reportsLineAndColumn() {
    assertThatThrownBy(() -> events("<t>\n  <u a='1' a='2'/>\n</t>"))
        .isInstanceOf(XmlException.class)
        .hasMessageStartingWith("line 2, column ")
        .hasMessageContaining("the attribute a appears twice");
  }
}
