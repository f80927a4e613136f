package org.simap.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Text for Graphviz HTML-like labels. Every piece of map text reaches Graphviz through these
 * methods, so that it shows exactly as written.
 *
 * <p>Graphviz reads an HTML-like label as XML, so {@code &}, {@code <}, {@code >} and {@code "} are
 * written as entities. It then expands escape sequences such as {@code \N} (the node name) and
 * {@code \G} (the graph name) in the text, so a backslash is doubled. Checked with Graphviz 2.43.0:
 * {@code S:\Grades\New} written as is shows as {@code S:%3radesaew}.
 */
final class HtmlText {

  /** Characters per line of an element name: about four words, so boxes stay compact. */
  static final int NAME_WIDTH = 24;

  private HtmlText() {}

  /** Escapes text for an HTML-like label. Line breaks become spaces; see {@link #lines}. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\\' -> out.append("\\\\");
                case '\n', '\r', '\t' -> out.append(' ');
                default -> out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /**
   * Escapes an http or https URL for Graphviz's {@code URL} attribute. Graphviz decodes entities in
   * attribute values and then writes the URL into the SVG without escaping {@code &} again, so
   * {@code &} is written as {@code &amp;}; characters that URLs may not contain as they are, and
   * that Graphviz or XML would read, are percent-encoded.
   */
  static String url(String url) {
    StringBuilder out = new StringBuilder(url.length() + 8);
    url.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("%3C");
                case '>' -> out.append("%3E");
                case '"' -> out.append("%22");
                case '\\' -> out.append("%5C");
                case ' ' -> out.append("%20");
                default -> out.appendCodePoint(c);
              }
            });
    return out.toString();
  }

  /**
   * Escapes text and breaks it into lines of about {@code width} characters at spaces, keeping the
   * line breaks the text has. A word longer than the width is cut.
   */
  static List<String> lines(String text, int width) {
    return plainLines(text, width).stream().map(HtmlText::escape).toList();
  }

  /** Breaks text into lines as {@link #lines} does, without escaping them. */
  static List<String> plainLines(String text, int width) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\r\n|\r|\n", -1)) {
      wrap(paragraph.strip(), width, lines);
    }
    return lines;
  }

  /** Escapes and wraps text, joining the lines with the given break tag, such as {@code <BR/>}. */
  static String wrapped(String text, int width, String lineBreak) {
    return String.join(lineBreak, lines(text, width));
  }

  private static void wrap(String paragraph, int width, List<String> lines) {
    if (paragraph.isEmpty()) {
      lines.add("");
      return;
    }
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split("[ \t]+")) {
      while (length(word) > width) {
        if (line.length() > 0) {
          lines.add(line.toString());
          line.setLength(0);
        }
        int cut = cutIndex(word, width);
        lines.add(word.substring(0, cut));
        word = word.substring(cut);
      }
      if (line.length() > 0 && length(line) + 1 + length(word) > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
  }

  /**
   * Returns the end of the longest start of the word that fits the width, at least one character.
   */
  private static int cutIndex(String word, int width) {
    int index = 0;
    int columns = 0;
    while (index < word.length()) {
      int c = word.codePointAt(index);
      columns += isWide(c) ? 2 : 1;
      if (index > 0 && columns > width) {
        break;
      }
      index += Character.charCount(c);
    }
    return index;
  }

  /**
   * Returns how many columns the text takes: two for each wide character, one for any other. A
   * Chinese, Japanese or Korean character or an emoji is about as wide as two Latin letters.
   */
  static int length(CharSequence text) {
    return text.codePoints().map(c -> isWide(c) ? 2 : 1).sum();
  }

  /**
   * Returns whether a character is drawn about twice as wide as a Latin letter: the East Asian wide
   * and fullwidth blocks, and emoji. The ranges are those of the common wcwidth tables, an
   * approximation of Unicode's East Asian Width property, which the JDK does not provide.
   */
  static boolean isWide(int c) {
    return c >= 0x1100 && c <= 0x115F
        || c >= 0x2E80 && c <= 0xA4CF && c != 0x303F
        || c >= 0xAC00 && c <= 0xD7A3
        || c >= 0xF900 && c <= 0xFAFF
        || c >= 0xFE30 && c <= 0xFE4F
        || c >= 0xFF00 && c <= 0xFF60
        || c >= 0xFFE0 && c <= 0xFFE6
        || c >= 0x1F300 && c <= 0x1F64F
        || c >= 0x1F900 && c <= 0x1F9FF
        || c >= 0x20000 && c <= 0x3FFFD;
  }
}
