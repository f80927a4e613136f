package org.simap.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * A strict, namespace-aware pull parser for the part of XML 1.0 that Graphviz writes as SVG.
 *
 * <p>It checks the well-formedness and namespace rules of XML 1.0 and Namespaces in XML 1.0 for
 * what it accepts: the XML declaration, a DOCTYPE without an internal subset, elements, attributes,
 * text, comments, character references and the five predefined entities. It rejects everything
 * else, which Graphviz does not write: processing instructions, CDATA sections, internal DTD
 * subsets and the entities they declare, encodings other than UTF-8, XML 1.1, names with non-ASCII
 * characters and namespace prefixes other than {@code xml} that start with "xml". The DOCTYPE is
 * read but its DTD is never loaded.
 *
 * <p>Line ends are normalized to {@code \n} and attribute values as XML 1.0 does for CDATA
 * attributes. Whitespace outside the root element is skipped.
 *
 * <p>It exists for start-up time: in a fresh JVM, the JDK's XML parsers took tens of milliseconds
 * to set up, a large part of a render with Graphviz's {@code dot}.
 */
final class XmlReader {

  static final String XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace";
  static final String XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/";

  /** The ASCII characters allowed in names: letters, digits, '_', ':', '-' and '.'. */
  private static final boolean[] NAME_CHARS = new boolean[0x80];

  static {
    for (char c = 0; c < 0x80; c++) {
      NAME_CHARS[c] = isNameStart(c) || (c >= '0' && c <= '9') || c == '-' || c == '.';
    }
  }

  /** The kinds of event that {@link #next} returns. */
  enum Event {
    START_ELEMENT,
    END_ELEMENT,
    TEXT,
    COMMENT,
    END_DOCUMENT
  }

  /**
   * An attribute of a start tag, or a namespace declaration, whose namespace is {@link
   * #XMLNS_NAMESPACE} and whose local name is the declared prefix, or "xmlns" for the default
   * namespace. The namespace is "" for an attribute without a prefix.
   */
  record Attribute(String qualifiedName, String localName, String namespaceUri, String value) {
    boolean isNamespaceDeclaration() {
      return namespaceUri.equals(XMLNS_NAMESPACE);
    }

    Attribute withValue(String newValue) {
      return new Attribute(qualifiedName, localName, namespaceUri, newValue);
    }
  }

  /** A document that is not well-formed, or that uses XML this parser does not accept. */
  static final class XmlException extends Exception {
    private static final long serialVersionUID = 1L;

    XmlException(String message) {
      super(message);
    }
  }

  /** An open element, with the number of namespace bindings in scope outside it. */
  private record OpenElement(
      String qualifiedName, String localName, String namespaceUri, int outerBindings) {}

  /**
   * The decoded document. Loops read an array faster than a String in a JVM that has not warmed up,
   * and keeping no String of it as well saves copying the whole document.
   */
  private final char[] chars;

  private int position;
  private boolean doctypeAllowed = true;
  private boolean rootRead;
  private boolean emptyElementEnds;
  private final List<OpenElement> openElements = new ArrayList<>();
  private final List<String> boundPrefixes = new ArrayList<>();
  private final List<String> boundUris = new ArrayList<>();

  private String qualifiedName;
  private String localName;
  private String namespaceUri;
  private final List<Attribute> attributes = new ArrayList<>();
  private String text;
  private String declaredEncoding = "UTF-8";

  /**
   * Starts reading a document, and reads its XML declaration.
   *
   * @throws XmlException if the bytes are not UTF-8 or the declaration is invalid
   */
  XmlReader(byte[] document) throws XmlException {
    chars = decode(document);
    boundPrefixes.add("xml");
    boundUris.add(XML_NAMESPACE);
    readDeclaration();
  }

  /** Reads the next event. After {@link Event#END_DOCUMENT} it returns that again. */
  Event next() throws XmlException {
    if (emptyElementEnds) {
      emptyElementEnds = false;
      return endElement();
    }
    if (openElements.isEmpty()) {
      return nextOutsideRoot();
    }
    if (position >= chars.length) {
      throw error(
          "the element <"
              + openElements.get(openElements.size() - 1).qualifiedName()
              + "> is not closed");
    }
    if (chars[position] != '<') {
      text = readText();
      return Event.TEXT;
    }
    // Checking the char after '<' first saves comparing strings for every kind of tag.
    char afterBracket = charAt(position + 1);
    if (afterBracket == '/') {
      return readEndTag();
    }
    if (afterBracket == '!' && lookingAt("<!--")) {
      return readComment();
    }
    if (afterBracket == '!' && lookingAt("<![CDATA[")) {
      throw error("CDATA sections are not accepted");
    }
    if (afterBracket == '?') {
      throw error("processing instructions are not accepted");
    }
    return readStartTag();
  }

  /** Returns the name of UTF-8 as the XML declaration spells it, or "UTF-8" without one. */
  String declaredEncoding() {
    return declaredEncoding;
  }

  /** Returns the qualified name of the element of the current start or end event. */
  String qualifiedName() {
    return qualifiedName;
  }

  String localName() {
    return localName;
  }

  /** Returns the namespace of the element of the current start or end event, or "" for none. */
  String namespaceUri() {
    return namespaceUri;
  }

  /**
   * Returns the attributes of the current start event in document order, with namespaces. The list
   * is valid until the next call of {@link #next}.
   */
  List<Attribute> attributes() {
    return Collections.unmodifiableList(attributes);
  }

  /** Returns the text of the current text or comment event, with references replaced. */
  String text() {
    return text;
  }

  private Event nextOutsideRoot() throws XmlException {
    skipWhitespace();
    if (position >= chars.length) {
      if (!rootRead) {
        throw error("the document has no root element");
      }
      return Event.END_DOCUMENT;
    }
    if (lookingAt("<!--")) {
      return readComment();
    }
    if (lookingAt("<!DOCTYPE") && doctypeAllowed) {
      readDoctype();
      return nextOutsideRoot();
    }
    if (lookingAt("<?")) {
      throw error("processing instructions are not accepted");
    }
    if (chars[position] == '<' && !rootRead && isNameStart(charAt(position + 1))) {
      rootRead = true;
      doctypeAllowed = false;
      return readStartTag();
    }
    throw error(rootRead ? "content after the root element" : "expected the root element");
  }

  private void readDeclaration() throws XmlException {
    if (!lookingAt("<?xml") || !isWhitespace(charAt(position + 5))) {
      return;
    }
    position += 5;
    skipWhitespace();
    String version = readPseudoAttribute("version");
    if (!version.equals("1.0")) {
      throw error("XML version " + version + " is not accepted, only 1.0");
    }
    boolean spaced = skipWhitespace();
    if (spaced && lookingAt("encoding")) {
      String encoding = readPseudoAttribute("encoding");
      if (!encoding.equalsIgnoreCase("UTF-8")) {
        throw error("the encoding " + encoding + " is not accepted, only UTF-8");
      }
      declaredEncoding = encoding;
      spaced = skipWhitespace();
    }
    if (spaced && lookingAt("standalone")) {
      String standalone = readPseudoAttribute("standalone");
      if (!standalone.equals("yes") && !standalone.equals("no")) {
        throw error("standalone must be yes or no, found " + standalone);
      }
      skipWhitespace();
    }
    expect("?>");
  }

  private String readPseudoAttribute(String name) throws XmlException {
    expect(name);
    skipWhitespace();
    expect("=");
    skipWhitespace();
    return readQuoted();
  }

  /** Reads a DOCTYPE with an optional external identifier, whose DTD is never loaded. */
  private void readDoctype() throws XmlException {
    position += "<!DOCTYPE".length();
    requireWhitespace();
    readName();
    boolean spaced = skipWhitespace();
    if (spaced && lookingAt("PUBLIC")) {
      position += "PUBLIC".length();
      requireWhitespace();
      String publicId = readQuoted();
      for (int i = 0; i < publicId.length(); i++) {
        char c = publicId.charAt(i);
        boolean allowed =
            c == ' '
                || c == '\n'
                || isAsciiLetterOrDigit(c)
                || "-'()+,./:=?;!*#@$_%".indexOf(c) >= 0;
        if (!allowed) {
          throw error("invalid character in the DOCTYPE's public identifier");
        }
      }
      requireWhitespace();
      readQuoted();
      skipWhitespace();
    } else if (spaced && lookingAt("SYSTEM")) {
      position += "SYSTEM".length();
      requireWhitespace();
      readQuoted();
      skipWhitespace();
    }
    if (charAt(position) == '[') {
      throw error("a DOCTYPE with an internal subset is not accepted");
    }
    expect(">");
    doctypeAllowed = false;
  }

  private Event readStartTag() throws XmlException {
    int tagStart = position;
    position++;
    String name = readName();
    attributes.clear();
    List<String> values = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (true) {
      boolean spaced = skipWhitespace();
      char c = charAt(position);
      if (c == '>' || c == '/') {
        break;
      }
      if (c >= 0x80) {
        throw error("names must be ASCII, but <" + name + "> continues with '" + c + "'");
      }
      if (!spaced) {
        throw error("expected whitespace, '>' or '/>' in the tag <" + name + ">");
      }
      String attributeName = readName();
      if (names.contains(attributeName)) {
        throw error("the attribute " + attributeName + " appears twice in <" + name + ">");
      }
      skipWhitespace();
      expect("=");
      skipWhitespace();
      names.add(attributeName);
      values.add(readAttributeValue());
    }
    boolean empty = charAt(position) == '/';
    expect(empty ? "/>" : ">");

    int outerBindings = boundPrefixes.size();
    for (int i = 0; i < names.size(); i++) {
      declareNamespace(names.get(i), values.get(i), tagStart);
    }
    for (int i = 0; i < names.size(); i++) {
      attributes.add(resolveAttribute(names.get(i), values.get(i), tagStart));
    }
    checkUniqueExpandedNames(name, tagStart);

    qualifiedName = name;
    localName = localPart(name);
    namespaceUri = namespaceOf(prefixPart(name), true, tagStart);
    openElements.add(new OpenElement(qualifiedName, localName, namespaceUri, outerBindings));
    emptyElementEnds = empty;
    return Event.START_ELEMENT;
  }

  private void declareNamespace(String name, String uri, int tagStart) throws XmlException {
    String prefix;
    if (name.equals("xmlns")) {
      prefix = "";
    } else if (name.startsWith("xmlns:")) {
      prefix = name.substring("xmlns:".length());
    } else {
      return;
    }
    boolean xmlPrefix = prefix.equals("xml");
    if (prefix.equals("xmlns")
        || xmlPrefix != uri.equals(XML_NAMESPACE)
        || uri.equals(XMLNS_NAMESPACE)
        || (!xmlPrefix && prefix.regionMatches(true, 0, "xml", 0, 3))) {
      throw errorAt(
          tagStart, "the namespace declaration " + name + "=\"" + uri + "\" is not accepted");
    }
    if (uri.isEmpty() && !prefix.isEmpty()) {
      throw errorAt(tagStart, "the prefix " + prefix + " is declared with an empty namespace");
    }
    boundPrefixes.add(prefix);
    boundUris.add(uri);
  }

  private Attribute resolveAttribute(String name, String value, int tagStart) throws XmlException {
    if (name.equals("xmlns")) {
      return new Attribute(name, name, XMLNS_NAMESPACE, value);
    }
    String prefix = prefixPart(name);
    if (prefix.equals("xmlns")) {
      return new Attribute(name, localPart(name), XMLNS_NAMESPACE, value);
    }
    String uri = prefix.isEmpty() ? "" : namespaceOf(prefix, false, tagStart);
    return new Attribute(name, localPart(name), uri, value);
  }

  /** Rejects two attributes with the same namespace and local name, such as a:x and b:x. */
  private void checkUniqueExpandedNames(String element, int tagStart) throws XmlException {
    for (int i = 0; i < attributes.size(); i++) {
      Attribute first = attributes.get(i);
      if (first.namespaceUri().isEmpty()) {
        continue;
      }
      for (int j = i + 1; j < attributes.size(); j++) {
        Attribute second = attributes.get(j);
        if (first.namespaceUri().equals(second.namespaceUri())
            && first.localName().equals(second.localName())) {
          throw errorAt(
              tagStart,
              "the attributes "
                  + first.qualifiedName()
                  + " and "
                  + second.qualifiedName()
                  + " of <"
                  + element
                  + "> are the same attribute");
        }
      }
    }
  }

  /**
   * Returns the namespace bound to a prefix. The prefix "" stands for the default namespace, which
   * applies to elements only.
   */
  private String namespaceOf(String prefix, boolean element, int tagStart) throws XmlException {
    for (int i = boundPrefixes.size() - 1; i >= 0; i--) {
      if (boundPrefixes.get(i).equals(prefix)) {
        return boundUris.get(i);
      }
    }
    if (prefix.isEmpty() && element) {
      return "";
    }
    throw errorAt(tagStart, "the namespace prefix " + prefix + " is not declared");
  }

  private Event readEndTag() throws XmlException {
    int tagStart = position;
    position += 2;
    String name = readName();
    skipWhitespace();
    expect(">");
    OpenElement open = openElements.get(openElements.size() - 1);
    if (!name.equals(open.qualifiedName())) {
      throw errorAt(tagStart, "expected </" + open.qualifiedName() + "> but found </" + name + ">");
    }
    return endElement();
  }

  private Event endElement() {
    OpenElement open = openElements.remove(openElements.size() - 1);
    qualifiedName = open.qualifiedName();
    localName = open.localName();
    namespaceUri = open.namespaceUri();
    attributes.clear();
    while (boundPrefixes.size() > open.outerBindings()) {
      boundPrefixes.remove(boundPrefixes.size() - 1);
      boundUris.remove(boundUris.size() - 1);
    }
    return Event.END_ELEMENT;
  }

  private Event readComment() throws XmlException {
    int start = position + "<!--".length();
    int dashes = start;
    while (dashes + 1 < chars.length && (chars[dashes] != '-' || chars[dashes + 1] != '-')) {
      dashes++;
    }
    if (dashes + 1 >= chars.length) {
      throw error("the comment is not closed");
    }
    if (charAt(dashes + 2) != '>') {
      throw errorAt(dashes, "a comment must not contain --");
    }
    text = substring(start, dashes);
    position = dashes + 3;
    return Event.COMMENT;
  }

  /** Reads character data up to the next tag, replacing references. */
  private String readText() throws XmlException {
    int start = position;
    boolean plain = true;
    while (position < chars.length && chars[position] != '<') {
      char c = chars[position];
      if (c == '&' || c == ']') {
        plain = false;
      }
      position++;
    }
    if (plain) {
      return substring(start, position);
    }

    int end = position;
    for (int i = start; i + 2 < end; i++) {
      if (chars[i] == ']' && chars[i + 1] == ']' && chars[i + 2] == '>') {
        throw errorAt(i, "]]> is not allowed in text");
      }
    }

    StringBuilder builder = new StringBuilder(end - start);
    position = start;
    int runStart = start;
    while (position < end) {
      if (chars[position] == '&') {
        builder.append(chars, runStart, position - runStart);
        appendReference(builder);
        runStart = position;
      } else {
        position++;
      }
    }
    builder.append(chars, runStart, end - runStart);
    return builder.toString();
  }

  /** Reads a quoted attribute value: references replaced, whitespace characters as spaces. */
  private String readAttributeValue() throws XmlException {
    char quote = charAt(position);
    if (quote != '"' && quote != '\'') {
      throw error("expected a quoted attribute value");
    }

    int start = position + 1;
    int end = start;
    boolean plain = true;
    while (end < chars.length && chars[end] != quote) {
      char c = chars[end];
      if (c == '<') {
        throw errorAt(end, "'<' is not allowed in an attribute value");
      }
      if (c == '&' || c == '\n' || c == '\t') {
        plain = false;
      }
      end++;
    }
    if (end >= chars.length) {
      throw errorAt(start - 1, "the attribute value is not closed");
    }
    if (plain) {
      position = end + 1;
      return substring(start, end);
    }

    StringBuilder builder = new StringBuilder(end - start);
    position = start;
    while (position < end) {
      char c = chars[position];
      if (c == '&') {
        appendReference(builder);
      } else {
        builder.append(c == '\n' || c == '\t' ? ' ' : c);
        position++;
      }
    }
    position = end + 1;
    return builder.toString();
  }

  /** Appends the character of the reference at the position, and moves past it. */
  private void appendReference(StringBuilder builder) throws XmlException {
    int start = position;
    position++;
    if (charAt(position) == '#') {
      builder.appendCodePoint(readCharacterReference(start));
      return;
    }
    if (!isNameStart(charAt(position))) {
      throw errorAt(start, "'&' must start a reference such as &amp;");
    }
    while (isNameChar(charAt(position))) {
      position++;
    }
    String name = substring(start + 1, position);
    if (charAt(position) != ';') {
      throw errorAt(start, "the reference &" + name + " must end with ';'");
    }
    position++;
    switch (name) {
      case "amp" -> builder.append('&');
      case "lt" -> builder.append('<');
      case "gt" -> builder.append('>');
      case "quot" -> builder.append('"');
      case "apos" -> builder.append('\'');
      default -> throw errorAt(start, "the entity &" + name + "; is not declared");
    }
  }

  /** Reads {@code &#DIGITS;} or {@code &#xHEX;} and returns its code point. */
  private int readCharacterReference(int start) throws XmlException {
    position++;
    int radix = 10;
    if (charAt(position) == 'x') {
      radix = 16;
      position++;
    }
    int digitsStart = position;
    long codePoint = 0;
    int digit;
    while ((digit = Character.digit(charAt(position), radix)) >= 0 && charAt(position) < 0x80) {
      codePoint = Math.min(codePoint * radix + digit, Integer.MAX_VALUE);
      position++;
    }
    if (position == digitsStart || charAt(position) != ';') {
      // The reference is shown up to the character that ended it, which is past the end of a
      // document cut off inside the reference.
      int shownEnd = Math.min(position + 1, chars.length);
      throw errorAt(start, "invalid character reference " + substring(start, shownEnd));
    }
    position++;
    if (!isXmlChar((int) codePoint)) {
      throw errorAt(
          start, "the character reference " + substring(start, position) + " is not allowed");
    }
    return (int) codePoint;
  }

  private String readQuoted() throws XmlException {
    char quote = charAt(position);
    if (quote != '"' && quote != '\'') {
      throw error("expected a quoted value");
    }
    int end = position + 1;
    while (end < chars.length && chars[end] != quote) {
      end++;
    }
    if (end >= chars.length) {
      throw error("the quoted value is not closed");
    }
    String value = substring(position + 1, end);
    position = end + 1;
    return value;
  }

  /** Reads a qualified name of ASCII characters: an NCName, or two joined by one colon. */
  private String readName() throws XmlException {
    int start = position;
    if (!isNameStart(charAt(position))) {
      throw error("expected a name");
    }
    int colon = -1;
    while (position < chars.length && chars[position] < 0x80 && NAME_CHARS[chars[position]]) {
      if (chars[position] == ':') {
        if (colon >= 0) {
          throw error("a qualified name has at most one ':'");
        }
        colon = position;
      }
      position++;
    }
    String name = substring(start, position);
    if (colon == start || colon == position - 1 || (colon > 0 && !isNameStart(chars[colon + 1]))) {
      throw errorAt(start, "the name " + name + " is not a valid qualified name");
    }
    return name;
  }

  private static String prefixPart(String name) {
    int colon = name.indexOf(':');
    return colon < 0 ? "" : name.substring(0, colon);
  }

  private static String localPart(String name) {
    return name.substring(name.indexOf(':') + 1);
  }

  /**
   * Decodes a document from strict UTF-8, drops a leading byte order mark, normalizes {@code \r\n}
   * and {@code \r} to {@code \n}, and rejects characters that XML 1.0 does not allow anywhere.
   *
   * <p>It does all of that in one loop over the bytes. In a JVM that has not warmed up, a loop that
   * runs once over the whole document stays in the interpreter, so each further pass would cost
   * about as much again: roughly a millisecond for a 60 KB SVG. Invalid UTF-8 is reported before a
   * character XML does not allow, wherever each occurs.
   *
   * @throws XmlException if the bytes are not UTF-8 or contain a character XML does not allow
   */
  static char[] decode(byte[] document) throws XmlException {
    // UTF-8 never needs more UTF-16 chars than it has bytes.
    char[] decoded = new char[document.length];
    int length = 0;
    int invalidChar = -1;
    int i = hasByteOrderMark(document) ? 3 : 0;
    while (i < document.length) {
      byte b = document[i];
      // A signed byte of at least 0x20 is printable ASCII, which is nearly every byte of an SVG.
      if (b >= 0x20) {
        decoded[length++] = (char) b;
        i++;
      } else if (b >= 0) {
        if (b == '\r') {
          b = '\n';
          if (i + 1 < document.length && document[i + 1] == '\n') {
            i++;
          }
        } else if (b != '\n' && b != '\t' && invalidChar < 0) {
          invalidChar = length;
        }
        decoded[length++] = (char) b;
        i++;
      } else {
        int codePoint = decodeMultiByte(document, i);
        if (codePoint >= 0x10000) {
          decoded[length++] = Character.highSurrogate(codePoint);
          decoded[length++] = Character.lowSurrogate(codePoint);
          i += 4;
        } else {
          if (codePoint >= 0xFFFE && invalidChar < 0) {
            invalidChar = length;
          }
          decoded[length++] = (char) codePoint;
          i += codePoint < 0x800 ? 2 : 3;
        }
      }
    }
    if (invalidChar >= 0) {
      throw errorAt(
          decoded,
          invalidChar,
          "the character U+"
              + Integer.toHexString(decoded[invalidChar])
              + " is not allowed in XML");
    }
    return length == decoded.length ? decoded : Arrays.copyOf(decoded, length);
  }

  private static boolean hasByteOrderMark(byte[] document) {
    return document.length >= 3
        && document[0] == (byte) 0xEF
        && document[1] == (byte) 0xBB
        && document[2] == (byte) 0xBF;
  }

  /**
   * Returns the code point of the UTF-8 sequence of two to four bytes at an index. Like the JDK's
   * strict decoder, it rejects a truncated sequence, an overlong form, an encoded surrogate and a
   * code point above U+10FFFF.
   *
   * @throws XmlException if the sequence is not valid UTF-8
   */
  private static int decodeMultiByte(byte[] document, int start) throws XmlException {
    int lead = document[start] & 0xFF;
    int continuationBytes;
    int codePoint;
    int minimum;
    if (lead >= 0xC2 && lead <= 0xDF) {
      continuationBytes = 1;
      codePoint = lead & 0x1F;
      minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      continuationBytes = 2;
      codePoint = lead & 0x0F;
      minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      continuationBytes = 3;
      codePoint = lead & 0x07;
      minimum = 0x10000;
    } else {
      throw invalidUtf8();
    }
    if (start + continuationBytes >= document.length) {
      throw invalidUtf8();
    }
    for (int i = start + 1; i <= start + continuationBytes; i++) {
      int next = document[i] & 0xFF;
      if ((next & 0xC0) != 0x80) {
        throw invalidUtf8();
      }
      codePoint = (codePoint << 6) | (next & 0x3F);
    }
    if (codePoint < minimum
        || codePoint > Character.MAX_CODE_POINT
        || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
      throw invalidUtf8();
    }
    return codePoint;
  }

  private static XmlException invalidUtf8() {
    return new XmlException("the document is not valid UTF-8");
  }

  private static boolean isXmlChar(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  private static boolean isNameStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c == ':';
  }

  private static boolean isNameChar(char c) {
    return c < 0x80 && NAME_CHARS[c];
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean isWhitespace(char c) {
    return c == ' ' || c == '\n' || c == '\t';
  }

  /** Returns whether the document continues with a string at the position. */
  private boolean lookingAt(String expected) {
    if (position + expected.length() > chars.length) {
      return false;
    }
    for (int i = 0; i < expected.length(); i++) {
      if (chars[position + i] != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private String substring(int start, int end) {
    return new String(chars, start, end - start);
  }

  /** Returns the character at an index, or 0 past the end. */
  private char charAt(int index) {
    return index < chars.length ? chars[index] : 0;
  }

  private boolean skipWhitespace() {
    int start = position;
    while (position < chars.length) {
      char c = chars[position];
      if (c != ' ' && c != '\n' && c != '\t') {
        break;
      }
      position++;
    }
    return position > start;
  }

  private void requireWhitespace() throws XmlException {
    if (!skipWhitespace()) {
      throw error("expected whitespace");
    }
  }

  private void expect(String expected) throws XmlException {
    if (!lookingAt(expected)) {
      throw error("expected " + expected);
    }
    position += expected.length();
  }

  private XmlException error(String message) {
    return errorAt(position, message);
  }

  private XmlException errorAt(int index, String message) {
    return errorAt(chars, index, message);
  }

  /** Creates an exception whose message starts with the 1-based line and column of an index. */
  private static XmlException errorAt(char[] chars, int index, String message) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < Math.min(index, chars.length); i++) {
      if (chars[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new XmlException(
        "line " + line + ", column " + (index - lineStart + 1) + ": " + message);
  }
}
