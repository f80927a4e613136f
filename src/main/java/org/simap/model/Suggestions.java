package org.simap.model;

import java.util.Collection;
import java.util.Optional;

/** Finds the closest known word to a mistyped one, for "did you mean" hints. */
public final class Suggestions {

  private static final int MAX_TYPED_LENGTH = 100;

  private Suggestions() {}

  /**
   * Returns the candidate closest to {@code typed} by edit distance, if it is close enough to be a
   * likely typo: at most two edits, and fewer than half the typed word's length.
   */
  public static Optional<String> closest(String typed, Collection<String> candidates) {
    // Ids and field names are short; a long value is not a typo and would cost quadratic time.
    if (typed.length() > MAX_TYPED_LENGTH) {
      return Optional.empty();
    }
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    int limit = Math.min(2, Math.max(1, typed.length() / 2));
    for (String candidate : candidates) {
      if (Math.abs(candidate.length() - typed.length()) > limit) {
        continue;
      }
      int distance = distance(typed.toLowerCase(java.util.Locale.ROOT), candidate);
      if (distance < bestDistance && distance <= limit) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Formats the hint that ends a message, or an empty string when there is none. */
  public static String hint(String typed, Collection<String> candidates) {
    return closest(typed, candidates).map(match -> " (did you mean '" + match + "'?)").orElse("");
  }

  /** Computes the optimal string alignment distance: edits, with a swap of neighbours as one. */
  static int distance(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= b.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[a.length()][b.length()];
  }
}
