package org.simap.render;

import java.util.ArrayList;
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
 */
final class XmlWriter {

  private final StringBuilder out;
  private final String lineSeparator = System.lineSeparator();
  private boolean startTagOpen;
  private char[] buffer = new char[256];

  /** Namespace bindings in scope, innermost last, and how many each open element added. */
  private final List<String> boundPrefixes = new ArrayList<>(List.of("", "xml"));

  private final List<String> boundUris = new ArrayList<>(List.of("", XmlReader.XML_NAMESPACE));
  private final List<Integer> addedBindings = new ArrayList<>();

  XmlWriter(int capacity) {
    out = new StringBuilder(capacity);
  }

  /** Writes a start tag, which stays open until the next event shows whether it has content. */
  void startElement(String qualifiedName, List<XmlReader.Attribute> attributes) {
    closeStartTag();
    XmlReader.Attribute[] sorted = sortedByQualifiedName(attributes);
    out.append('<').append(qualifiedName);
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
      out.append("/>");
      startTagOpen = false;
    } else {
      out.append("</").append(qualifiedName).append('>');
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
    appendText(out, text);
  }

  void comment(String text) {
    closeStartTag();
    out.append("<!--").append(text).append("-->");
  }

  /** Ends an open start tag with {@code >}, so that content follows it. */
  void closeStartTag() {
    if (startTagOpen) {
      out.append('>');
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

  /** Returns the number of characters written so far, a position for {@link #insert}. */
  int length() {
    return out.length();
  }

  /** Inserts markup that is already escaped at a position returned by {@link #length}. */
  void insert(int position, String markup) {
    out.insert(position, markup);
  }

  /** Returns the text escaped as this writer escapes element content. */
  String escapeText(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    appendText(escaped, text);
    return escaped.toString();
  }

  @Override
  public String toString() {
    return out.toString();
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
    out.append(' ').append(attribute.qualifiedName()).append("=\"");
    appendEscaped(out, attribute.value(), true);
    out.append('"');
  }

  private void appendText(StringBuilder target, String text) {
    appendEscaped(target, text, false);
  }

  /**
   * Appends text or an attribute value, escaped. Characters that need no escape are copied in runs,
   * because a JVM that has not warmed up yet runs a loop without calls much faster.
   */
  private void appendEscaped(StringBuilder target, String value, boolean attribute) {
    int length = value.length();
    if (buffer.length < length) {
      buffer = new char[Math.max(length, buffer.length * 2)];
    }
    value.getChars(0, length, buffer, 0);
    int runStart = 0;
    for (int i = 0; i < length; i++) {
      char c = buffer[i];
      if ((c > '>' && c < 0x7F)
          || (c >= 0xA0 && c < 0xD800)
          || (c >= ' ' && c < '>' && c != '&' && c != '<' && c != '"')) {
        continue;
      }
      boolean highSurrogate = c >= 0xD800 && c <= 0xDBFF && i + 1 < length;
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
      target.append(buffer, runStart, i - runStart);
      if (replacement != null) {
        target.append(replacement);
      } else {
        appendReference(target, reference);
      }
      if (highSurrogate) {
        i++;
      }
      runStart = i + 1;
    }
    target.append(buffer, runStart, length - runStart);
  }

  private static void appendReference(StringBuilder target, int codePoint) {
    target.append("&#").append(codePoint).append(';');
  }
}
