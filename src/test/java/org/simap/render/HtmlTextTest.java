package org.simap.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {

  @Test
  void escapesMarkupCharacters() {
    assertThat(HtmlText.escape("a < b & c > \"d\""))
        .isEqualTo("a &lt; b &amp; c &gt; &quot;d&quot;");
  }

  @Test
  void escapesTextThatLooksLikeAnEntity() {
    assertThat(HtmlText.escape("&lt;")).isEqualTo("&amp;lt;");
  }

  @Test
  void doublesBackslashes() {
    assertThat(HtmlText.escape("S:\\Grades\\New")).isEqualTo("S:\\\\Grades\\\\New");
  }

  @Test
  void keepsAccentsCjkAndEmoji() {
    assertThat(HtmlText.escape("Élève 日本 😀")).isEqualTo("Élève 日本 😀");
  }

  @Test
  void wrapsAtSpaces() {
    assertThat(HtmlText.lines("Communication with students and families", 24))
        .containsExactly("Communication with", "students and families");
  }

  @Test
  void keepsLineBreaksOfTheText() {
    assertThat(HtmlText.lines("First line\nSecond line", 24))
        .containsExactly("First line", "Second line");
  }

  @Test
  void cutsWordsLongerThanTheWidth() {
    assertThat(HtmlText.lines("abcdefghij", 4)).containsExactly("abcd", "efgh", "ij");
  }

  @Test
  void cutsBetweenCodePointsNotInsideThem() {
    List<String> lines = HtmlText.lines("😀😀😀", 4);

    assertThat(lines).containsExactly("😀😀", "😀");
  }

  @Test
  void countsWideCharactersAsTwoColumns() {
    assertThat(HtmlText.lines("成績は学期末にまとめて入力される", 10))
        .containsExactly("成績は学期", "末にまとめ", "て入力され", "る");
    assertThat(HtmlText.lines("grade book 成績簿", 13)).containsExactly("grade book", "成績簿");
  }

  @Test
  void cutsWideCharacterLongerThanWidth() {
    assertThat(HtmlText.lines("成績", 1)).containsExactly("成", "績");
  }

  @Test
  void recognizesWideCharacters() {
    assertThat("成한ｆ😀🥳𠀋".codePoints().allMatch(HtmlText::isWide)).isTrue();
    assertThat("aéЖ▲★—".codePoints().noneMatch(HtmlText::isWide)).isTrue();
  }

  @Test
  void escapesUrlAmpersands() {
    assertThat(HtmlText.url("https://example.org/?a=1&b=2"))
        .isEqualTo("https://example.org/?a=1&amp;b=2");
  }

  @Test
  void percentEncodesUrlQuotesAndBackslashes() {
    assertThat(HtmlText.url("https://example.org/\"a\\b c"))
        .isEqualTo("https://example.org/%22a%5Cb%20c");
  }
}
