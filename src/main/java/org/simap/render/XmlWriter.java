package org.simap.render;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes XML events as the JDK 17 identity transformer writes a DOM document parsed from them, so
 * that {@link SvgDocument} writes the same bytes as the DOM-based reference in its tests.
 *
 * <p>That serializer, with UTF-8 output:
 *
 * <ul>
 *   <li>writes the namespace declarations of an element first and then its other attributes, each
 *       group sorted by qualified name, as the JDK's DOM stores them, and leaves out a namespace
 *       declaration that repeats the binding in scope;
 *   <li>writes an element without content as {@code <name/>};
 *   <li>escapes {@code & < >} in text, and {@code & < > "}, tab, line feed and carriage return in
 *       attribute values;
 *   <li>writes as decimal character references a carriage return, the control characters U+007F to
 *       U+009F in text but not in attribute values, and every character outside the Basic
 *       Multilingual Plane;
 *   <li>writes a line feed in text as the platform's line separator, and comments as they are.
 * </ul>
 *
 * <p>It writes UTF-8 bytes as it goes, so that the finished document is never built as a String and
 * encoded in a second pass. A surrogate that the escaping leaves without its pair becomes a
 * question mark, as {@link String#getBytes} writes it.
 */
final class XmlWriter {

  /** The document written so far, in UTF-8, in the first {@link #length} bytes. */
  private byte[] out;

  private int length;
  private final String lineSeparator = System.lineSeparator();
  private boolean startTagOpen;
  private char[] buffer = new char[256];

  /** The chars of a string that {@link #append(String)} writes without escaping. */
  private char[] markupChars = new char[64];

  /** Namespace bindings in scope, innermost last, and how many each open element added. */
  private final List<String> boundPrefixes = new ArrayList<>(List.of("", "xml"));

  private final List<String> boundUris = new ArrayList<>(List.of("", XmlReader.XML_NAMESPACE));
  private final List<Integer> addedBindings = new ArrayList<>();

  /** Creates a writer with room for a number of bytes before its buffer grows. */
  XmlWriter(int capacity) {
    out = new byte[capacity];
  }

  /** Writes markup that is already escaped outside the root element, such as the declaration. */
  void markup(String markup) {
    append(markup);
  }

  /** Writes a start tag, which stays open until the next event shows whether it has content. */
  void startElement(String qualifiedName, List<XmlReader.Attribute> attributes) {
    closeStartTag();
    XmlReader.Attribute[] sorted = sortedByQualifiedName(attributes);
    append('<');
    append(qualifiedName);
    int added = 0;
    for (XmlReader.Attribute attribute : sorted) {
      if (attribute.isNamespaceDeclaration()) {
        String prefix = attribute.qualifiedName().equals("xmlns") ? "" : attribute.localName();
        if (!prefix.startsWith("xml") && !attribute.value().equals(namespaceUri(prefix))) {
          boundPrefixes.add(prefix);
          boundUris.add(attribute.value());
          added++;
          writeAttribute(attribute);
        }
      }
    }
    for (XmlReader.Attribute attribute : sorted) {
      if (!attribute.isNamespaceDeclaration()) {
        writeAttribute(attribute);
      }
    }
    addedBindings.add(added);
    startTagOpen = true;
  }

  void endElement(String qualifiedName) {
    if (startTagOpen) {
      append("/>");
      startTagOpen = false;
    } else {
      append("</");
      append(qualifiedName);
      append('>');
    }
    int added = addedBindings.remove(addedBindings.size() - 1);
    for (int i = 0; i < added; i++) {
      boundPrefixes.remove(boundPrefixes.size() - 1);
      boundUris.remove(boundUris.size() - 1);
    }
  }

  /** Writes text; empty text writes nothing, so an element with only empty text stays empty. */
  void text(String text) {
    if (text.isEmpty()) {
      return;
    }
    closeStartTag();
    appendEscaped(text, false);
  }

  void comment(String text) {
    closeStartTag();
    append("<!--");
    append(text);
    append("-->");
  }

  /** Ends an open start tag with {@code >}, so that content follows it. */
  void closeStartTag() {
    if (startTagOpen) {
      append('>');
      startTagOpen = false;
    }
  }

  /** Returns the namespace bound to a prefix in the scope being written, or null if none. */
  String namespaceUri(String prefix) {
    for (int i = boundPrefixes.size() - 1; i >= 0; i--) {
      if (boundPrefixes.get(i).equals(prefix)) {
        return boundUris.get(i);
      }
    }
    return null;
  }

  /** Returns the number of bytes written so far, a position for {@link #insert}. */
  int length() {
    return length;
  }

  /** Inserts markup that is already escaped at a position returned by {@link #length}. */
  void insert(int position, String markup) {
    byte[] bytes = markup.getBytes(StandardCharsets.UTF_8);
    ensureCapacity(bytes.length);
    System.arraycopy(out, position, out, position + bytes.length, length - position);
    System.arraycopy(bytes, 0, out, position, bytes.length);
    length += bytes.length;
  }

  /** Returns the text escaped as this writer escapes element content. */
  String escapeText(String text) {
    // Escapes into the free space after the document and then takes those bytes back, so that one
    // method escapes all text.
    int end = length;
    appendEscaped(text, false);
    String escaped = new String(out, end, length - end, StandardCharsets.UTF_8);
    length = end;
    return escaped;
  }

  /** Returns the document written so far as UTF-8. */
  byte[] toByteArray() {
    return Arrays.copyOf(out, length);
  }

  /** Returns the attributes sorted by qualified name, with an insertion sort for short lists. */
  static XmlReader.Attribute[] sortedByQualifiedName(List<XmlReader.Attribute> attributes) {
    XmlReader.Attribute[] sorted = attributes.toArray(new XmlReader.Attribute[0]);
    for (int i = 1; i < sorted.length; i++) {
      XmlReader.Attribute attribute = sorted[i];
      int j = i - 1;
      while (j >= 0 && sorted[j].qualifiedName().compareTo(attribute.qualifiedName()) > 0) {
        sorted[j + 1] = sorted[j];
        j--;
      }
      sorted[j + 1] = attribute;
    }
    return sorted;
  }

  private void writeAttribute(XmlReader.Attribute attribute) {
    append(' ');
    append(attribute.qualifiedName());
    append("=\"");
    appendEscaped(attribute.value(), true);
    append('"');
  }

  /**
   * Appends text or an attribute value, escaped. Characters that need no escape are copied in runs,
   * because a JVM that has not warmed up yet runs a loop without calls much faster.
   */
  private void appendEscaped(String value, boolean attribute) {
    int valueLength = value.length();
    if (buffer.length < valueLength) {
      buffer = new char[Math.max(valueLength, buffer.length * 2)];
    }
    value.getChars(0, valueLength, buffer, 0);
    int runStart = 0;
    for (int i = 0; i < valueLength; i++) {
      char c = buffer[i];
      if ((c > '>' && c < 0x7F)
          || (c >= 0xA0 && c < 0xD800)
          || (c >= ' ' && c < '>' && c != '&' && c != '<' && c != '"')) {
        continue;
      }
      boolean highSurrogate = c >= 0xD800 && c <= 0xDBFF && i + 1 < valueLength;
      String replacement = null;
      int reference = -1;
      if (c == '&') {
        replacement = "&amp;";
      } else if (c == '<') {
        replacement = "&lt;";
      } else if (c == '>') {
        replacement = "&gt;";
      } else if (c == '"') {
        replacement = attribute ? "&quot;" : null;
      } else if (c == '\n') {
        replacement = attribute ? null : lineSeparator;
        reference = attribute ? c : -1;
      } else if (c == '\t') {
        reference = attribute ? c : -1;
      } else if (c == '\r') {
        reference = c;
      } else if (c >= 0x7F && c <= 0x9F) {
        reference = attribute ? -1 : c;
      } else if (highSurrogate) {
        reference = Character.toCodePoint(c, buffer[i + 1]);
      }
      if (replacement == null && reference < 0) {
        continue;
      }
      appendUtf8(buffer, runStart, i);
      if (replacement != null) {
        append(replacement);
      } else {
        appendReference(reference);
      }
      if (highSurrogate) {
        i++;
      }
      runStart = i + 1;
    }
    appendUtf8(buffer, runStart, valueLength);
  }

  /**
   * Appends chars as UTF-8 as {@link String#getBytes} encodes them, so a surrogate without its pair
   * becomes {@code ?}.
   */
  private void appendUtf8(char[] chars, int start, int end) {
    ensureCapacity(3 * (end - start));
    for (int i = start; i < end; i++) {
      char c = chars[i];
      if (c < 0x80) {
        out[length++] = (byte) c;
      } else if (c < 0x800) {
        out[length++] = (byte) (0xC0 | (c >> 6));
        out[length++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < end
          && Character.isLowSurrogate(chars[i + 1])) {
        int codePoint = Character.toCodePoint(c, chars[++i]);
        out[length++] = (byte) (0xF0 | (codePoint >> 18));
        out[length++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
        out[length++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
        out[length++] = (byte) (0x80 | (codePoint & 0x3F));
      } else if (Character.isSurrogate(c)) {
        out[length++] = '?';
      } else {
        out[length++] = (byte) (0xE0 | (c >> 12));
        out[length++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[length++] = (byte) (0x80 | (c & 0x3F));
      }
    }
  }

  private void appendReference(int codePoint) {
    append("&#");
    append(Integer.toString(codePoint));
    append(';');
  }

  /** Appends a string as UTF-8, without escaping. */
  private void append(String text) {
    int textLength = text.length();
    if (markupChars.length < textLength) {
      markupChars = new char[Math.max(textLength, markupChars.length * 2)];
    }
    text.getChars(0, textLength, markupChars, 0);
    appendUtf8(markupChars, 0, textLength);
  }

  /** Appends an ASCII character. */
  private void append(char c) {
    ensureCapacity(1);
    out[length++] = (byte) c;
  }

  private void ensureCapacity(int more) {
    if (out.length - length < more) {
      out = Arrays.copyOf(out, Math.max(length + more, 2 * out.length));
    }
  }
}
