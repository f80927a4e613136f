package org.simap.init;

import java.util.regex.Pattern;

/** Writes text as a YAML scalar that reads back as exactly the same text. */
final class YamlText {

  /**
   * Text that YAML reads back unchanged without quotes. It starts with a letter, so it cannot open
   * a comment, a flow collection, an alias, a tag, a block scalar or a document marker. Its other
   * characters cannot start a comment or a mapping value.
   */
  private static final Pattern PLAIN = Pattern.compile("\\p{L}[\\p{L}\\p{N} ,.()'?!/-]*");

  private YamlText() {}

  /** Returns the text as a plain scalar when that is safe, else as a double-quoted scalar. */
  static String scalar(String text) {
    boolean plain =
        PLAIN.matcher(text).matches() && !text.endsWith(" ") && !text.equalsIgnoreCase("null");
    return plain ? text : doubleQuoted(text);
  }

  /**
   * Returns the text in double quotes, with YAML escapes for the quote, the backslash, control
   * characters and the characters that YAML treats as line breaks or a byte order mark.
   */
  static String doubleQuoted(String text) {
    StringBuilder out = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029 || c == 0xFEFF) {
            out.append(String.format("\\u%04X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
