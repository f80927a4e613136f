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
    List<String> lines = new ArrayList<>();
    for (String paragraph : text.strip().split("\r\n|\r|\n", -1)) {
      wrap(paragraph.strip(), width, lines);
    }
    return lines.stream().map(HtmlText::escape).toList();
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
        int cut = word.offsetByCodePoints(0, width);
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

  private static int length(CharSequence text) {
    return (int) text.codePoints().count();
  }
}
