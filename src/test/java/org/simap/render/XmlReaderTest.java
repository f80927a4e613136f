package org.simap.render;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          <t>&#x41                | line 1, column 4: invalid character reference &#x41
          <t>&#                   | line 1, column 4: invalid character reference &#
          <t>&#65x</t>            | line 1, column 4: invalid character reference &#65x
          """)
  void rejectsUnfinishedCharacterReference(String xml, String message) {
    assertThatThrownBy(() -> events(xml)).isInstanceOf(XmlException.class).hasMessage(message);
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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          3c743e01                     | line 1, column 4: the character U+1 is not allowed in XML
          3c743e0d0a0d1f               | line 3, column 1: the character U+1f is not allowed in XML
          efbbbf3c743e00               | line 1, column 4: the character U+0 is not allowed in XML
          3c743ef09f98800b             | line 1, column 6: the character U+b is not allowed in XML
          3c743eefbfbe                 | line 1, column 4: the character U+fffe is not allowed in XML
          3c743eefbfbf                 | line 1, column 4: the character U+ffff is not allowed in XML
          3c743e01c0af                 | the document is not valid UTF-8
          c0af                         | the document is not valid UTF-8
          e080af                       | the document is not valid UTF-8
          eda080                       | the document is not valid UTF-8
          f4908080                     | the document is not valid UTF-8
          f8888080                     | the document is not valid UTF-8
          3c743ee282                   | the document is not valid UTF-8
          80                           | the document is not valid UTF-8
          """)
  void reportsInvalidBytesAndCharacters(String hex, String message) {
    byte[] document = HexFormat.of().parseHex(hex);

    assertThatThrownBy(() -> new XmlReader(document))
        .isInstanceOf(XmlException.class)
        .hasMessage(message);
  }

  @Test
  void decodesLikeStrictJdkDecoder() {
    Random random = new Random(20240611);
    for (int i = 0; i < 20_000; i++) {
      byte[] document = randomDocument(random);

      assertThat(decodeOutcome(document))
          .as(HexFormat.of().formatHex(document))
          .isEqualTo(jdkDecodeOutcome(document));
    }
  }

  /**
   * Joins random pieces, valid and invalid UTF-8, line ends and characters that XML does not allow,
   * sometimes after a byte order mark.
   */
  private static byte[] randomDocument(Random random) {
    String[] pieces = {
      "41",
      "3c",
      "20",
      "0d",
      "0a",
      "0d0a",
      "09",
      "00",
      "1f",
      "7f",
      "c2a0",
      "c3a9",
      "dfbf",
      "e0a080",
      "e282ac",
      "efbbbf",
      "efbfbd",
      "efbfbe",
      "efbfbf",
      "ed9fbf",
      "ee8080",
      "f0908080",
      "f09f9880",
      "f48fbfbf",
      "80",
      "bf",
      "c0af",
      "c1bf",
      "c2",
      "e282",
      "e08080",
      "eda080",
      "edbfbf",
      "f08f8080",
      "f4908080",
      "f5",
      "ff",
      "f09f98",
      "c241"
    };
    ByteArrayOutputStream document = new ByteArrayOutputStream();
    if (random.nextInt(4) == 0) {
      document.writeBytes(HexFormat.of().parseHex("efbbbf"));
    }
    int count = random.nextInt(12);
    for (int i = 0; i < count; i++) {
      if (random.nextInt(10) == 0) {
        document.write(random.nextInt(256));
      } else {
        document.writeBytes(HexFormat.of().parseHex(pieces[random.nextInt(pieces.length)]));
      }
    }
    return document.toByteArray();
  }

  /** Returns the decoded text, or the message of the exception. */
  private static String decodeOutcome(byte[] document) {
    try {
      return "text " + new String(XmlReader.decode(document));
    } catch (XmlException e) {
      return "error " + e.getMessage();
    }
  }

  /**
   * Returns the expected result of {@link #decodeOutcome}: the bytes decoded by the JDK's strict
   * UTF-8 decoder, without a byte order mark, with line ends normalized and characters XML does not
   * allow rejected.
   */
  private static String jdkDecodeOutcome(byte[] document) {
    String text;
    try {
      text =
          UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(document))
              .toString();
    } catch (CharacterCodingException e) {
      return "error the document is not valid UTF-8";
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    for (int i = 0; i < text.length(); i++) {
      int c = text.codePointAt(i);
      boolean allowed = c == '\n' || c == '\t' || (c >= 0x20 && c <= 0xFFFD) || c >= 0x10000;
      if (!allowed) {
        String before = text.substring(0, i);
        int line = before.split("\n", -1).length;
        int column = i - (before.lastIndexOf('\n') + 1) + 1;
        return "error line "
            + line
            + ", column "
            + column
            + ": the character U+"
            + Integer.toHexString(c)
            + " is not allowed in XML";
      }
      if (c >= 0x10000) {
        i++;
      }
    }
    return "text " + text;
  }

  @Test
  void reportsLineAndColumn() {
    assertThatThrownBy(() -> events("<t>\n  <u a='1' a='2'/>\n</t>"))
        .isInstanceOf(XmlException.class)
        .hasMessageStartingWith("line 2, column ")
        .hasMessageContaining("the attribute a appears twice");
  }
}
