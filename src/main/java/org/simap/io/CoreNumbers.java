package org.simap.io;

/**
 * Recognises the numbers of the YAML 1.2 core schema, as SnakeYAML's core resolver does with its
 * patterns, without running a regular expression for every value that starts like a number (every
 * date in a map does).
 *
 * <ul>
 *   <li>integer: {@code [-+]?[0-9]+}, {@code 0o[0-7]+} or {@code 0x[0-9a-fA-F]+}
 *   <li>float: {@code [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?}, {@code
 *       [-+]?\.(inf|Inf|INF)} or {@code \.(nan|NaN|NAN)}
 * </ul>
 */
final class CoreNumbers {

  private CoreNumbers() {}

  /** Tells whether the text is a core schema integer: decimal with a sign, octal or hexadecimal. */
  static boolean isInteger(String text) {
    if (text.startsWith("0o")) {
      return allDigits(text, 2, 8);
    }
    if (text.startsWith("0x")) {
      return allDigits(text, 2, 16);
    }
    return allDigits(text, afterSign(text), 10);
  }

  /** Tells whether the text is a core schema float, infinity or not-a-number. */
  static boolean isFloat(String text) {
    int i = afterSign(text);
    if (isWord(text, i, ".inf") || isWord(text, i, ".Inf") || isWord(text, i, ".INF")) {
      return true;
    }
    if (text.equals(".nan") || text.equals(".NaN") || text.equals(".NAN")) {
      return true;
    }

    int length = text.length();
    int wholeDigits = digitsFrom(text, i);
    i += wholeDigits;
    int fractionDigits = 0;
    boolean point = i < length && text.charAt(i) == '.';
    if (point) {
      i++;
      fractionDigits = digitsFrom(text, i);
      i += fractionDigits;
    }
    // Either digits before the point, with any after it, or a point followed by digits.
    if (wholeDigits == 0 && (!point || fractionDigits == 0)) {
      return false;
    }

    if (i < length && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
      i = afterSign(text, i + 1);
      int exponentDigits = digitsFrom(text, i);
      if (exponentDigits == 0) {
        return false;
      }
      i += exponentDigits;
    }
    return i == length;
  }

  /** Tells whether the text from {@code from} to its end is the word, without a substring. */
  private static boolean isWord(String text, int from, String word) {
    return text.length() - from == word.length() && text.startsWith(word, from);
  }

  private static int afterSign(String text) {
    return afterSign(text, 0);
  }

  private static int afterSign(String text, int i) {
    return i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+') ? i + 1 : i;
  }

  /** Counts the decimal digits from {@code i} on. */
  private static int digitsFrom(String text, int i) {
    int count = 0;
    while (i + count < text.length() && isDigit(text.charAt(i + count), 10)) {
      count++;
    }
    return count;
  }

  /** Tells whether the text from {@code from} is one or more digits of the radix. */
  private static boolean allDigits(String text, int from, int radix) {
    if (from >= text.length()) {
      return false;
    }
    for (int i = from; i < text.length(); i++) {
      if (!isDigit(text.charAt(i), radix)) {
        return false;
      }
    }
    return true;
  }

  /** ASCII digits only, as the patterns' character classes: no other script's digits. */
  private static boolean isDigit(char c, int radix) {
    return switch (radix) {
      case 8 -> c >= '0' && c <= '7';
      case 10 -> c >= '0' && c <= '9';
      default -> c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F';
    };
  }
}
