package org.simap.lint.rules;

import java.util.List;

/** Joins words for messages. */
final class Words {

  private Words() {}

  /** Joins words as "a", "a or b", "a, b or c". */
  static String or(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " or "
        + words.get(words.size() - 1);
  }

  /** Returns "1 element", "2 elements". */
  static String count(int count, String noun) {
    return count + " " + noun + (count == 1 ? "" : "s");
  }
}
