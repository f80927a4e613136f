package org.simap.io;

import java.util.Arrays;

/**
 * A map's decoded characters, and what the decoder noted about them on its one pass: whether any
 * character is one that {@link BlockSubsetParser} leaves to SnakeYAML, whether any is outside the
 * Basic Multilingual Plane (two UTF-16 characters), whether the text is plain, and where lines end.
 */
final class Text {

  /**
   * The maximum number of line ends kept, 4 MiB of them. A map of 50,000 elements has about 800,000
   * lines, and a file of nothing but line breaks would otherwise need four bytes for each byte.
   */
  static final int MAX_LINE_ENDS = 1 << 20;

  private final char[] chars;
  private final int length;
  private final boolean unusual;
  private final boolean surrogates;
  private final boolean plain;
  private final int[] lineEnds;
  private final int lineCount;
  private String string;

  Text(
      char[] chars,
      int length,
      int[] lineEnds,
      int lineCount,
      boolean unusual,
      boolean surrogates,
      boolean plain) {
    this.chars = chars;
    this.length = length;
    this.lineEnds = lineEnds;
    this.lineCount = lineCount;
    this.unusual = unusual;
    this.surrogates = surrogates;
    this.plain = plain;
  }

  /** Wraps a string, looking at its characters as the decoder does. */
  static Text of(String string) {
    char[] chars = string.toCharArray();
    boolean unusual = false;
    boolean surrogates = false;
    boolean plain = true;
    int[] lineEnds = new int[16];
    int lines = 0;
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      plain &= isPlain(c);
      if (c == '\n' && lines < MAX_LINE_ENDS) {
        lineEnds = addLineEnd(lineEnds, lines++, i);
      }
      boolean next = i + 1 < chars.length;
      if (c == '\r' && next && chars[i + 1] == '\n') {
        continue;
      }
      if (Character.isHighSurrogate(c) && next && Character.isLowSurrogate(chars[i + 1])) {
        surrogates = true;
        i++;
        continue;
      }
      unusual |= !isReadable(c);
    }
    Text text = new Text(chars, chars.length, lineEnds, lines, unusual, surrogates, plain);
    text.string = string;
    return text;
  }

  /**
   * Returns whether {@link BlockSubsetParser} reads the character: not a tab, a carriage return
   * (outside CRLF, which the caller checks), another C0 or C1 control (NEL among them), a line or
   * paragraph separator, a byte order mark, a noncharacter or a surrogate. SnakeYAML refuses these
   * or treats them specially.
   */
  static boolean isReadable(char c) {
    return c >= 0x20 && c < 0x7F
        || c == '\n'
        || c >= 0xA0 && c < 0xD800 && c != 0x2028 && c != 0x2029
        || c >= 0xE000 && c <= 0xFFFD && c != 0xFEFF;
  }

  /**
   * Returns whether the character keeps a text plain: a line break, or a character from U+0020 up
   * to U+2029 other than a backslash. Below U+202A are no direction controls, and without a
   * backslash no escape sequence can put a control character into a quoted scalar.
   */
  static boolean isPlain(char c) {
    return c >= 0x20 && c < 0x202A && c != '\\' || c == '\n' || c == '\r';
  }

  /**
   * Stores the index of a line's {@code \n} as the line's entry, growing the array when full. The
   * caller stops at {@link #MAX_LINE_ENDS}.
   */
  static int[] addLineEnd(int[] lineEnds, int line, int index) {
    int[] room =
        line < lineEnds.length
            ? lineEnds
            : Arrays.copyOf(lineEnds, Math.min(MAX_LINE_ENDS, line * 2 + 16));
    room[line] = index;
    return room;
  }

  /**
   * Returns the index of each {@code \n} in the characters, line by line, for the first {@link
   * #lineCount} lines.
   */
  int[] lineEnds() {
    return lineEnds;
  }

  /**
   * Returns how many line ends {@link #lineEnds} holds: every {@code \n}, or the first {@link
   * #MAX_LINE_ENDS} of a text with more.
   */
  int lineCount() {
    return lineCount;
  }

  /** Returns the characters, of which only the first {@link #length} count. */
  char[] chars() {
    return chars;
  }

  int length() {
    return length;
  }

  /** Returns whether a character that {@link #isReadable} rejects occurs, outside CRLF pairs. */
  boolean unusual() {
    return unusual;
  }

  /**
   * Returns whether every character {@link #isPlain}. Then no scalar read from the text contains a
   * control character or a direction control, whatever the YAML parser.
   */
  boolean plain() {
    return plain;
  }

  /** Returns whether a pair of surrogates occurs, for a character outside the BMP. */
  boolean surrogates() {
    return surrogates;
  }

  @Override
  public String toString() {
    if (string == null) {
      string = new String(chars, 0, length);
    }
    return string;
  }
}
