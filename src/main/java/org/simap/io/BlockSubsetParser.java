package org.simap.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Parses the block-style YAML that map files are written in straight into node trees, without
 * SnakeYAML's scanner and parser. It returns empty for anything outside that subset, and the caller
 * then parses the text with SnakeYAML, so every error message and every rarely used construct still
 * come from one YAML implementation.
 *
 * <p>The subset is one document, optionally after a {@code ---} line, whose root is a block mapping
 * or sequence; block mappings with plain or quoted keys; block sequences, indented or not, with
 * compact {@code - key: value} entries; plain, single-quoted and double-quoted scalars on one line;
 * flow sequences and mappings of such scalars that end on the line they start, such as {@code [a,
 * 'b']} and {@code {id: x, tags: [y]}}; literal and folded block scalars with chomping indicators;
 * comments; LF or CRLF line ends. Left to SnakeYAML are: anchors, aliases, tags, flow collections
 * over several lines, flow mapping entries without a value, explicit {@code ?} keys, directives,
 * more than one document, scalars that span lines outside block scalars, empty sequence entries,
 * indentation indicators, tabs, and every character that YAML does not allow or treats as a line
 * break of its own. So is any input that SnakeYAML would reject.
 *
 * <p>The trees equal the ones {@link NodeComposer} builds from SnakeYAML's events: the same tags,
 * values, styles and start marks, with marks counted in code points as SnakeYAML counts them.
 * BlockSubsetParserTest compares the two on every map in the repository and on generated text.
 * Decoding and parsing the 1,000 benchmark maps of bench/ took 0.34 s with this parser and 1.47 s
 * with SnakeYAML, in one thread with the launcher's JIT options, on 2 cores.
 */
final class BlockSubsetParser {

  private static final int[] NO_SNIPPET = new int[0];

  /** SnakeYAML rejects a key longer than 1,024 characters; such keys are left to it. */
  private static final int MAX_KEY_CHARS = 1000;

  private static final Unsupported UNSUPPORTED = new Unsupported();

  /**
   * Bounds on the keys shared by {@link #keyText}. Maps use a few dozen field names. The table is
   * never more than half full, so every lookup ends at an empty slot or a match.
   */
  private static final int MAX_SHARED_KEY_CHARS = 40;

  private static final int MAX_SHARED_KEYS = 256;

  private enum Chomping {
    CLIP,
    STRIP,
    KEEP
  }

  private final String file;

  /**
   * The text's characters. Under the launcher's C1-only JIT, reading them from an array rather than
   * with {@code String.charAt} cut about a third of the parser's time on text with characters
   * outside Latin-1 (bench/ maps, 2 cores).
   */
  private final char[] chars;

  private final int length;
  private final boolean unusual;
  private final boolean surrogates;

  /** The index of each {@code \n}, which the decoder found. */
  private final int[] lineEnds;

  private final int lineCount;

  private int depth;
  private final String[] sharedKeys = new String[2 * MAX_SHARED_KEYS];
  private int sharedKeyCount;

  /** The next character to read. Equals {@link #length} at the end of the text. */
  private int pos;

  /** The 0-based number of the line that contains {@link #pos}. */
  private int line;

  private int lineStart;

  /**
   * The offset of {@link #lineStart} in code points, which is how SnakeYAML counts mark indexes.
   */
  private int lineStartCodePoint;

  /** The index of the line's {@code \n}, or the text's length on the last line. */
  private int lineEnd;

  /** The index where the line's content ends: {@link #lineEnd}, or the {@code \r} before it. */
  private int contentEnd;

  /** The last index whose code point column {@link #codePointColumn} counted, on its line. */
  private int countedLine = -1;

  private int countedIndex;
  private int countedColumn;

  private BlockSubsetParser(String file, Text text) {
    this.file = file;
    this.chars = text.chars();
    this.length = text.length();
    this.unusual = text.unusual();
    this.surrogates = text.surrogates();
    this.lineEnds = text.lineEnds();
    this.lineCount = text.lineCount();
  }

  /** Returns the single document of the text, or empty when the text is outside the subset. */
  static Optional<Node> parse(String file, String text) {
    return parse(file, Text.of(text));
  }

  /** Returns the single document of the text, or empty when the text is outside the subset. */
  static Optional<Node> parse(String file, Text text) {
    try {
      return Optional.of(new BlockSubsetParser(file, text).document());
    } catch (Unsupported e) {
      return Optional.empty();
    }
  }

  private Node document() {
    // The decoder found the characters that SnakeYAML refuses or treats specially: see
    // Text.isReadable.
    if (unusual) {
      throw UNSUPPORTED;
    }
    findLineEnd();
    int column = skipIgnoredLines();
    if (column == 0 && isDocumentMarker("---")) {
      pos += 3;
      skipSpaces();
      if (pos < contentEnd && chars[pos] != '#') {
        throw UNSUPPORTED;
      }
      advanceLine();
      column = nextContent();
    } else if (column >= 0) {
      column = nextContent();
    }
    if (column < 0) {
      throw UNSUPPORTED;
    }
    Node root = nestedCollection(column);
    if (nextContent() >= 0) {
      throw UNSUPPORTED;
    }
    return root;
  }

  // --- Collections ------------------------------------------------------------------------------

  /**
   * Parses a block mapping whose first key starts at {@link #pos}, in the given column, and ends
   * before the colon at {@code firstColon}, which the caller found with {@link #keyEnd}.
   */
  private Node mapping(int column, int firstColon) {
    Optional<Mark> start = mark(pos);
    enter();
    List<NodeTuple> tuples = new ArrayList<>();
    int colon = firstColon;
    while (true) {
      Node key = key(colon);
      pos = colon + 1;
      tuples.add(new NodeTuple(key, mappingValue(column, colon)));
      int next = nextContent();
      if (next < column) {
        break;
      }
      if (next > column) {
        throw UNSUPPORTED;
      }
      colon = keyEnd(pos);
      if (colon < 0) {
        throw UNSUPPORTED;
      }
    }
    depth--;
    return new MappingNode(Tag.MAP, true, tuples, FlowStyle.BLOCK, start, Optional.empty());
  }

  /** Parses the value after a key's colon, on the same line or the lines below. */
  private Node mappingValue(int column, int colon) {
    skipSpaces();
    if (pos < contentEnd && chars[pos] != '#') {
      return inlineValue(column);
    }
    // SnakeYAML places an empty value right after the colon.
    Optional<Mark> empty = mark(colon + 1);
    advanceLine();
    int next = nextContent();
    if (next == column && isBlockEntry(pos)) {
      return sequence(next, true);
    }
    if (next > column) {
      return nestedCollection(next);
    }
    return new ScalarNode(Tag.NULL, true, "", ScalarStyle.PLAIN, empty, Optional.empty());
  }

  /**
   * Parses a block sequence whose first entry starts at {@link #pos}. An indentless sequence is the
   * value of a key, written in the key's own column, and ends at the first line that is not an
   * entry. Any other sequence ends at a line further left.
   */
  private Node sequence(int column, boolean indentless) {
    Optional<Mark> start = mark(pos);
    enter();
    List<Node> items = new ArrayList<>();
    while (true) {
      pos++;
      skipSpaces();
      if (pos >= contentEnd || chars[pos] == '#') {
        advanceLine();
        int next = nextContent();
        if (next <= column) {
          throw UNSUPPORTED;
        }
        items.add(nestedCollection(next));
      } else if (isBlockEntry(pos)) {
        throw UNSUPPORTED;
      } else {
        int colon = keyEnd(pos);
        items.add(colon >= 0 ? mapping(pos - lineStart, colon) : inlineValue(column));
      }
      int next = nextContent();
      if (next < column) {
        break;
      }
      if (next > column) {
        throw UNSUPPORTED;
      }
      if (!isBlockEntry(pos)) {
        if (indentless) {
          break;
        }
        throw UNSUPPORTED;
      }
    }
    depth--;
    return new SequenceNode(Tag.SEQ, true, items, FlowStyle.BLOCK, start, Optional.empty());
  }

  /** Parses a mapping or sequence that starts a line of its own, in the given column. */
  private Node nestedCollection(int column) {
    if (isBlockEntry(pos)) {
      return sequence(column, false);
    }
    int colon = keyEnd(pos);
    if (colon >= 0) {
      return mapping(column, colon);
    }
    throw UNSUPPORTED;
  }

  private void enter() {
    if (++depth > Limits.MAX_DEPTH) {
      throw UNSUPPORTED;
    }
  }

  // --- Scalars ----------------------------------------------------------------------------------

  /**
   * Parses a scalar that starts at {@link #pos} on the line of its key or entry dash, and moves to
   * the next line. The column is that of the collection the scalar belongs to.
   */
  private Node inlineValue(int column) {
    char first = chars[pos];
    if (first == '|' || first == '>') {
      return blockScalar(column);
    }
    Node scalar;
    if (first == '[' || first == '{') {
      scalar = flowNode();
    } else if (first == '"' || first == '\'') {
      scalar = quoted();
      if (pos < contentEnd && chars[pos] != ' ') {
        throw UNSUPPORTED;
      }
    } else if (isPlainStart(pos)) {
      int start = pos;
      int stop = plainStop(start);
      if (stop < contentEnd && chars[stop] == ':') {
        throw UNSUPPORTED;
      }
      scalar = plain(start, stop, false);
      pos = stop;
    } else {
      throw UNSUPPORTED;
    }
    skipSpaces();
    if (pos < contentEnd && chars[pos] != '#') {
      throw UNSUPPORTED;
    }
    advanceLine();
    // A plain scalar would go on over a following line that is indented further. Such a line is
    // left to SnakeYAML by the collection's check that no line is indented more than its keys.
    return scalar;
  }

  /**
   * Parses a flow sequence, mapping or scalar that ends on this line, such as {@code [a, 'b']} or
   * {@code {id: x, name: y}}, leaving {@link #pos} after it.
   */
  private Node flowNode() {
    if (pos >= contentEnd) {
      throw UNSUPPORTED;
    }
    char first = chars[pos];
    if (first == '[') {
      return flowSequence();
    }
    if (first == '{') {
      return flowMapping();
    }
    if (first == '"' || first == '\'') {
      return quoted();
    }
    return flowPlain();
  }

  private Node flowSequence() {
    Optional<Mark> start = mark(pos);
    enter();
    List<Node> items = new ArrayList<>();
    pos++;
    skipSpaces();
    if (pos < contentEnd && chars[pos] == ']') {
      pos++;
    } else {
      do {
        items.add(flowNode());
      } while (flowSeparator(']'));
    }
    depth--;
    return new SequenceNode(Tag.SEQ, true, items, FlowStyle.FLOW, start, Optional.empty());
  }

  /**
   * Parses a flow mapping whose keys are scalars and whose values are all written out. A key
   * without a value and a key written as a collection are left to SnakeYAML.
   */
  private Node flowMapping() {
    Optional<Mark> start = mark(pos);
    enter();
    List<NodeTuple> tuples = new ArrayList<>();
    pos++;
    skipSpaces();
    if (pos < contentEnd && chars[pos] == '}') {
      pos++;
    } else {
      do {
        int keyStart = pos;
        char first = pos < contentEnd ? chars[pos] : '\n';
        Node key = first == '"' || first == '\'' ? quoted() : flowPlain();
        if (pos >= contentEnd || chars[pos] != ':' || !isBlank(pos + 1)) {
          throw UNSUPPORTED;
        }
        if (pos - keyStart > MAX_KEY_CHARS) {
          throw UNSUPPORTED;
        }
        pos++;
        skipSpaces();
        if (pos >= contentEnd || chars[pos] == ',' || chars[pos] == '}') {
          throw UNSUPPORTED;
        }
        tuples.add(new NodeTuple(key, flowNode()));
      } while (flowSeparator('}'));
    }
    depth--;
    return new MappingNode(Tag.MAP, true, tuples, FlowStyle.FLOW, start, Optional.empty());
  }

  /**
   * Reads what follows an entry of a flow collection: returns true after a comma that another entry
   * follows, false after the closing bracket.
   */
  private boolean flowSeparator(char close) {
    skipSpaces();
    char next = pos < contentEnd ? chars[pos] : '\n';
    pos++;
    if (next == close) {
      return false;
    }
    if (next != ',') {
      throw UNSUPPORTED;
    }
    skipSpaces();
    if (pos >= contentEnd || chars[pos] == close) {
      throw UNSUPPORTED;
    }
    return true;
  }

  /**
   * Parses a plain scalar inside a flow collection, which stops at a comma, a bracket, a brace or a
   * colon followed by a space, and leaves {@link #pos} there.
   */
  private Node flowPlain() {
    // Inside flow collections SnakeYAML reads '?' and ':' as indicators even before other text,
    // and scalars that start with '-' are rare there, so all three are left to it.
    char first = pos < contentEnd ? chars[pos] : '\n';
    if (first == '-' || first == '?' || first == ':' || first == '\n' || isIndicator(first)) {
      throw UNSUPPORTED;
    }
    int start = pos;
    int stop = start;
    while (stop < contentEnd) {
      char c = chars[stop];
      if (isFlowIndicator(c) || c == ':' && isFlowBlank(stop + 1)) {
        break;
      }
      if (c == ' ' && stop + 1 < contentEnd && chars[stop + 1] == '#') {
        throw UNSUPPORTED;
      }
      stop++;
    }
    if (stop >= contentEnd) {
      throw UNSUPPORTED;
    }
    pos = stop;
    return plain(start, stop, false);
  }

  /** Returns whether the index is at a space, a flow indicator or past the line's content. */
  private boolean isFlowBlank(int index) {
    return isBlank(index) || isFlowIndicator(chars[index]);
  }

  /** Parses the key that starts at {@link #pos} and ends before the colon. */
  private Node key(int colon) {
    if (colon - pos > MAX_KEY_CHARS) {
      throw UNSUPPORTED;
    }
    char first = chars[pos];
    if (first == '"' || first == '\'') {
      return quoted();
    }
    return plain(pos, colon, true);
  }

  /** Builds a plain scalar from the text between start and stop, without trailing spaces. */
  private Node plain(int start, int stop, boolean key) {
    int end = stop;
    while (end > start && chars[end - 1] == ' ') {
      end--;
    }
    String value = key ? keyText(start, end) : string(start, end);
    return new ScalarNode(
        NodeComposer.implicitTag(value, true),
        true,
        value,
        ScalarStyle.PLAIN,
        mark(start),
        Optional.empty());
  }

  /**
   * Returns the text of a plain key, the same String each time the same key recurs. A map repeats a
   * few dozen field names thousands of times, and this saves a String for each repetition.
   */
  private String keyText(int start, int end) {
    int keyLength = end - start;
    if (keyLength > MAX_SHARED_KEY_CHARS || sharedKeyCount >= MAX_SHARED_KEYS) {
      return string(start, end);
    }
    // The same hash as String.hashCode, so that a stored key's cached hash can be compared.
    int hash = 0;
    for (int i = start; i < end; i++) {
      hash = 31 * hash + chars[i];
    }
    int mask = sharedKeys.length - 1;
    for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
      String shared = sharedKeys[slot];
      if (shared == null) {
        // The JVM's own copy, which is also the literal the map reader asks for, so that the
        // reader's lookups compare references.
        shared = string(start, end).intern();
        sharedKeys[slot] = shared;
        sharedKeyCount++;
        return shared;
      }
      if (shared.hashCode() == hash && shared.length() == keyLength && sameText(start, shared)) {
        return shared;
      }
    }
  }

  /** Parses a quoted scalar that starts and ends on this line, leaving {@link #pos} after it. */
  private Node quoted() {
    int start = pos;
    char quote = chars[start];
    int close = closingQuote(start);
    if (close < 0) {
      throw UNSUPPORTED;
    }
    String value;
    if (quote == '\'') {
      value = string(start + 1, close).replace("''", "'");
    } else {
      value = unescape(start + 1, close);
    }
    pos = close + 1;
    ScalarStyle style = quote == '\'' ? ScalarStyle.SINGLE_QUOTED : ScalarStyle.DOUBLE_QUOTED;
    return new ScalarNode(Tag.STR, true, value, style, mark(start), Optional.empty());
  }

  /** Returns the index of the quote that closes the one at start, or -1 if the line has none. */
  private int closingQuote(int start) {
    char quote = chars[start];
    int i = start + 1;
    while (i < contentEnd) {
      char c = chars[i];
      if (quote == '\'' && c == '\'') {
        if (i + 1 < contentEnd && chars[i + 1] == '\'') {
          i += 2;
          continue;
        }
        return i;
      }
      if (quote == '"' && c == '"') {
        return i;
      }
      i += quote == '"' && c == '\\' ? 2 : 1;
    }
    return -1;
  }

  /**
   * Decodes the escapes of a double-quoted scalar's content. Only the common escapes are decoded
   * here; the rest of YAML's escapes, and every invalid one, are left to SnakeYAML.
   */
  private String unescape(int from, int to) {
    int backslash = from;
    while (backslash < to && chars[backslash] != '\\') {
      backslash++;
    }
    if (backslash == to) {
      return string(from, to);
    }
    StringBuilder value = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      char c = chars[i];
      if (c != '\\') {
        value.append(c);
        i++;
        continue;
      }
      char escaped = chars[i + 1];
      switch (escaped) {
        case '\\', '"', '/' -> value.append(escaped);
        case 'n' -> value.append('\n');
        case 't' -> value.append('\t');
        case 'u' -> {
          value.append(unicodeEscape(i + 2, to));
          i += 4;
        }
        default -> throw UNSUPPORTED;
      }
      i += 2;
    }
    return value.toString();
  }

  /** Decodes the four hexadecimal digits of a {@code \\u} escape, other than a surrogate. */
  private char unicodeEscape(int from, int to) {
    if (from + 4 > to) {
      throw UNSUPPORTED;
    }
    int code = 0;
    for (int i = from; i < from + 4; i++) {
      // Character.digit would also accept other scripts' digits, which YAML does not.
      char c = chars[i];
      int digit = c < 0x80 ? Character.digit(c, 16) : -1;
      if (digit < 0) {
        throw UNSUPPORTED;
      }
      code = code * 16 + digit;
    }
    if (Character.isSurrogate((char) code)) {
      throw UNSUPPORTED;
    }
    return (char) code;
  }

  /**
   * Parses a literal ({@code |}) or folded ({@code >}) block scalar whose indicator is at {@link
   * #pos}. Its content is indented like its first non-blank line, and at least one column more than
   * the collection it belongs to. The content ends at the first non-blank line indented less.
   */
  private Node blockScalar(int column) {
    if (chars[length - 1] != '\n') {
      // At the end of text without a final line break, SnakeYAML's block scalars keep a line
      // break that the text does not have. Such text is left to it.
      throw UNSUPPORTED;
    }
    Optional<Mark> start = mark(pos);
    ScalarStyle style = chars[pos] == '|' ? ScalarStyle.LITERAL : ScalarStyle.FOLDED;
    pos++;
    Chomping chomping = Chomping.CLIP;
    if (pos < contentEnd && chars[pos] == '-') {
      chomping = Chomping.STRIP;
      pos++;
    } else if (pos < contentEnd && chars[pos] == '+') {
      chomping = Chomping.KEEP;
      pos++;
    }
    if (pos < contentEnd && chars[pos] != ' ') {
      throw UNSUPPORTED;
    }
    skipSpaces();
    if (pos < contentEnd && chars[pos] != '#' || lineEnd >= length) {
      throw UNSUPPORTED;
    }
    advanceLine();

    // Blank lines before the first line of content count as line breaks, and their spaces as
    // indentation.
    int breaks = 0;
    int maxIndent = 0;
    while (true) {
      skipSpaces();
      maxIndent = Math.max(maxIndent, pos - lineStart);
      if (pos < contentEnd || lineEnd >= length) {
        break;
      }
      breaks++;
      advanceLine();
    }
    int indent = Math.max(column + 1, maxIndent);
    int firstColumn = pos - lineStart;
    if (firstColumn < maxIndent || firstColumn < indent && firstColumn != column) {
      // SnakeYAML rejects blank lines with more spaces than the first line after them, and content
      // indented less than the block needs.
      throw UNSUPPORTED;
    }

    StringBuilder value = new StringBuilder();
    boolean lineBreak = false;
    while (pos < length && pos - lineStart == indent) {
      appendLineBreaks(value, breaks);
      boolean leadingNonSpace = chars[pos] != ' ';
      value.append(chars, pos, contentEnd - pos);
      lineBreak = lineEnd < length;
      advanceLine();
      breaks = skipBlockBreaks(indent);
      if (pos >= length || pos - lineStart != indent) {
        break;
      }
      boolean folds =
          style == ScalarStyle.FOLDED && lineBreak && leadingNonSpace && chars[pos] != ' ';
      if (!folds) {
        value.append(lineBreak ? "\n" : "");
      } else if (breaks == 0) {
        value.append(' ');
      }
    }
    if (chomping != Chomping.STRIP && lineBreak) {
      value.append('\n');
    }
    if (chomping == Chomping.KEEP) {
      appendLineBreaks(value, breaks);
    }
    return new ScalarNode(Tag.STR, true, value.toString(), style, start, Optional.empty());
  }

  private static void appendLineBreaks(StringBuilder value, int count) {
    for (int i = 0; i < count; i++) {
      value.append('\n');
    }
  }

  /**
   * Skips up to indent spaces and the blank lines that follow a line of a block scalar, returning
   * how many line breaks it passed.
   */
  private int skipBlockBreaks(int indent) {
    int breaks = 0;
    while (true) {
      while (pos < contentEnd && pos - lineStart < indent && chars[pos] == ' ') {
        pos++;
      }
      if (pos < contentEnd || lineEnd >= length) {
        return breaks;
      }
      breaks++;
      advanceLine();
    }
  }

  // --- Lines and characters ---------------------------------------------------------------------

  /**
   * Moves to the first character of the next line with content, past blank and comment lines, and
   * returns its column, or -1 at the end of the text. Stays put when already on such a character.
   */
  private int nextContent() {
    int column = skipIgnoredLines();
    if (column == 0 && (isDocumentMarker("---") || isDocumentMarker("..."))) {
      throw UNSUPPORTED;
    }
    return column;
  }

  private int skipIgnoredLines() {
    while (true) {
      skipSpaces();
      if (pos < contentEnd && chars[pos] != '#') {
        return pos - lineStart;
      }
      if (lineEnd >= length) {
        pos = length;
        return -1;
      }
      advanceLine();
    }
  }

  private boolean isDocumentMarker(String marker) {
    return pos + 3 <= contentEnd && sameText(pos, marker) && isBlank(pos + 3);
  }

  /** Returns whether the dash of a sequence entry is at the index. */
  private boolean isBlockEntry(int index) {
    return chars[index] == '-' && isBlank(index + 1);
  }

  /** Returns whether a plain scalar may start at the index, as in YAML's block context. */
  private boolean isPlainStart(int index) {
    char c = chars[index];
    if (c == '-' || c == '?' || c == ':') {
      return !isBlank(index + 1);
    }
    return !isIndicator(c);
  }

  /** Returns whether the character ends a plain scalar inside a flow collection. */
  private static boolean isFlowIndicator(char c) {
    return switch (c) {
      case ',', '[', ']', '{', '}' -> true;
      default -> false;
    };
  }

  /**
   * Returns whether a plain scalar cannot start with the character: the flow indicators, and the
   * indicators of comments, anchors, aliases, tags, block scalars, quotes and directives.
   */
  private static boolean isIndicator(char c) {
    return switch (c) {
      case ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`' -> true;
      default -> false;
    };
  }

  /**
   * Returns the index of the colon that ends a key starting at the index, or -1 when no key starts
   * there.
   */
  private int keyEnd(int index) {
    char first = chars[index];
    if (first == '"' || first == '\'') {
      int close = closingQuote(index);
      return close >= 0 && close + 1 < contentEnd && chars[close + 1] == ':' && isBlank(close + 2)
          ? close + 1
          : -1;
    }
    if (!isPlainStart(index)) {
      return -1;
    }
    int stop = plainStop(index);
    return stop < contentEnd && chars[stop] == ':' ? stop : -1;
  }

  /**
   * Returns where a plain scalar that starts at the index stops on its line: at a colon followed by
   * a space or the line's end, at the space before a comment, or at the line's end.
   */
  private int plainStop(int index) {
    for (int i = index; i < contentEnd; i++) {
      char c = chars[i];
      if (c == ':' && isBlank(i + 1)) {
        return i;
      }
      if (c == ' ' && i + 1 < contentEnd && chars[i + 1] == '#') {
        return i;
      }
    }
    return contentEnd;
  }

  /** Returns whether the index is at a space or past the line's content. */
  private boolean isBlank(int index) {
    return index >= contentEnd || chars[index] == ' ';
  }

  private void skipSpaces() {
    while (pos < contentEnd && chars[pos] == ' ') {
      pos++;
    }
  }

  /** Moves to the start of the next line, or to the end of the text from the last line. */
  private void advanceLine() {
    if (lineEnd >= length) {
      pos = length;
      return;
    }
    int next = lineEnd + 1;
    lineStartCodePoint += surrogates ? codePoints(lineStart, next) : next - lineStart;
    line++;
    lineStart = next;
    pos = next;
    findLineEnd();
  }

  private void findLineEnd() {
    int end;
    if (line < lineCount) {
      end = lineEnds[line];
    } else {
      end = lineStart;
      while (end < length && chars[end] != '\n') {
        end++;
      }
    }
    if (end - lineStart > Limits.MAX_LINE_CHARS) {
      // The caller reports such a line. Every line passes here, so text this parser reads in
      // full has none.
      throw UNSUPPORTED;
    }
    lineEnd = end;
    contentEnd = lineEnd > lineStart && chars[lineEnd - 1] == '\r' ? lineEnd - 1 : lineEnd;
  }

  /** Returns the mark of an index on the current line, counted in code points. */
  private Optional<Mark> mark(int index) {
    int column = surrogates ? codePointColumn(index) : index - lineStart;
    return Optional.of(new Mark(file, lineStartCodePoint + column, line, column, NO_SNIPPET, 0));
  }

  /**
   * Returns the column of an index on the current line in code points. Marks on a line are mostly
   * made left to right, so counting on from the previous mark keeps a long line with many entries
   * linear. Counting from the line's start each time made it quadratic.
   */
  private int codePointColumn(int index) {
    if (countedLine != line || index < countedIndex) {
      countedLine = line;
      countedIndex = lineStart;
      countedColumn = 0;
    }
    countedColumn += codePoints(countedIndex, index);
    countedIndex = index;
    return countedColumn;
  }

  private String string(int start, int end) {
    return new String(chars, start, end - start);
  }

  /** Returns whether the characters from start on are those of the given text. */
  private boolean sameText(int start, String expected) {
    for (int i = 0; i < expected.length(); i++) {
      if (chars[start + i] != expected.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  private int codePoints(int start, int end) {
    return Character.codePointCount(chars, start, end - start);
  }

  /** Signals text outside the subset. Carries no stack trace, as it is thrown on a normal path. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported() {
      super(null, null, false, false);
    }
  }
}
