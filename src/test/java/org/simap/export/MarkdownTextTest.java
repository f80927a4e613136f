package org.simap.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTextTest {

  @Test
  void escapesInlineMarkup() {
    assertThat(MarkdownText.escape("*a* _b_ `c` [d](e) <f> g|h & i~ #j \\k @l"))
        .isEqualTo("\\*a\\* \\_b\\_ \\`c\\` \\[d\\](e) \\<f\\> g\\|h \\& i\\~ \\#j \\\\k \\@l");
  }

  @Test
  void escapesBulletAtStart() {
    assertThat(MarkdownText.escape("- item")).isEqualTo("\\- item");
    assertThat(MarkdownText.escape("+ item")).isEqualTo("\\+ item");
  }

  @Test
  void keepsHyphenInsideText() {
    assertThat(MarkdownText.escape("day-to-day")).isEqualTo("day-to-day");
  }

  @Test
  void escapesOrderedListStart() {
    assertThat(MarkdownText.escape("1. first")).isEqualTo("1\\. first");
    assertThat(MarkdownText.escape("12) twelfth")).isEqualTo("12\\) twelfth");
  }

  @Test
  void joinsLinesWithSpaces() {
    assertThat(MarkdownText.escape("  one\n\ntwo\r\n  three ")).isEqualTo("one two three");
  }

  @Test
  void encodesSpacesAndBracketsInLink() {
    assertThat(MarkdownText.link("https://example.org/a b<c>"))
        .isEqualTo("<https://example.org/a%20b%3Cc%3E>");
  }
}
