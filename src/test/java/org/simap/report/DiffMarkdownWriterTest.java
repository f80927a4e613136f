package org.simap.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiffMarkdownWriterTest {

  @Test
  void escapesMentions() {
    assertThat(DiffMarkdownWriter.escape("ask @counsellors")).isEqualTo("ask \\@counsellors");
  }

  @Test
  void escapesMarkdownSyntax() {
    assertThat(DiffMarkdownWriter.escape("*bold* [link](x) <b>"))
        .isEqualTo("\\*bold\\* \\[link\\](x) \\<b\\>");
  }

  @Test
  void keepsTextOnOneLine() {
    assertThat(DiffMarkdownWriter.escape("one\ntwo")).isEqualTo("one two");
  }
}
