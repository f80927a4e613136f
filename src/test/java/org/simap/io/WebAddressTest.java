package org.simap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the hand-written web address check against the pattern it stands for. */
class WebAddressTest {

  private static final Pattern PATTERN = Pattern.compile("https?://[^\\s/?#]+\\S*");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://example.org/a?b#c",
        "http://x",
        "https://",
        "https:///path",
        "https://?q",
        "https://#f",
        "https://a b",
        "https://a\tb",
        "https://a\u000Bb",
        "https://a\u00A0b",
        "ftp://example.org",
        "HTTPS://example.org",
        "http:/example.org",
        " https://example.org",
        "https://ex\uD83D\uDE00.org",
        "https://\uD800",
        ""
      })
  void agreesOnKnownCases(String text) {
    assertThat(Entry.isWebAddress(text)).as(text).isEqualTo(PATTERN.matcher(text).matches());
  }

  @Test
  void agreesOnRandomTexts() {
    String[] starts = {"http://", "https://", "http:/", "htp://", ""};
    String alphabet = "ab/?#:. \t\n\u000B\f\r\u00A0\u2028é\uD83D";
    Random random = new Random(20261205);
    int addresses = 0;
    for (int n = 0; n < 100_000; n++) {
      StringBuilder text = new StringBuilder(starts[random.nextInt(starts.length)]);
      int length = random.nextInt(6);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      boolean expected = PATTERN.matcher(text).matches();
      assertThat(Entry.isWebAddress(text.toString())).as(text.toString()).isEqualTo(expected);
      if (expected) {
        addresses++;
      }
    }
    assertThat(addresses).isGreaterThan(5_000);
  }
}
