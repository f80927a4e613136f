package org.simap.export;

import java.util.regex.Pattern;

/** Puts user text into CommonMark so that it shows as written and never as markup. */
final class MarkdownText {

  /**
   * Characters that can start or end inline markup anywhere in a line: code spans, emphasis, links
   * and images, raw HTML, entities, table cells, strikethrough and mentions (GitHub Flavored
   * Markdown). A backslash before any ASCII punctuation shows it literally.
   */
  private static final String INLINE = "\\`*_[]<>#|&~@";

  /** Characters that start a block (a list, a heading underline) when they begin a line. */
  private static final String LINE_START = "-+=";

  private static final Pattern ORDERED_LIST = Pattern.compile("^(\\d{1,9})([.)])");

  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private MarkdownText() {}

  /**
   * Returns the text escaped for use inside a paragraph, a list item or a heading. Line breaks and
   * runs of white space become one space, because a report line must not end a list item early.
   */
  static String escape(String text) {
    String oneLine = WHITESPACE.matcher(text.strip()).replaceAll(" ");
    StringBuilder out = new StringBuilder(oneLine.length() + 8);
    for (int i = 0; i < oneLine.length(); i++) {
      char c = oneLine.charAt(i);
      if (INLINE.indexOf(c) >= 0 || (i == 0 && LINE_START.indexOf(c) >= 0)) {
        out.append('\\');
      }
      out.append(c);
    }
    return ORDERED_LIST.matcher(out).replaceFirst("$1\\\\$2");
  }

  /**
   * Returns a web address as an autolink. An autolink cannot hold spaces or angle brackets, so
   * those are percent-encoded; the validator has already checked that the address is http or https.
   */
  static String link(String url) {
    StringBuilder out = new StringBuilder("<");
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c <= 0x20 || c == '<' || c == '>' || c == 0x7F) {
        out.append(String.format("%%%02X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.append('>').toString();
  }

  /** Returns an id as a code span. Ids hold only lowercase letters, digits and hyphens. */
  static String id(String id) {
    return "`" + id + "`";
  }
}
