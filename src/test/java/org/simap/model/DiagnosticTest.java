package org.simap.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiagnosticTest {

  private static final SourcePosition AT = new SourcePosition("m.simap.yaml", 2, 3);

  @Test
  void keepsOrdinaryMessage() {
    Diagnostic diagnostic = Diagnostic.error(AT, "rule", "unknown field 'x' in the map");

    assertThat(diagnostic.message()).isEqualTo("unknown field 'x' in the map");
  }

  @Test
  void escapesLineBreaksInMessage() {
    Diagnostic diagnostic =
        Diagnostic.error(AT, "rule", "element 'a\nb\r\nc\u2028d' is missing required field");

    assertThat(diagnostic.message())
        .isEqualTo("element 'a\\nb\\r\\nc\\u2028d' is missing required field");
  }

  @Test
  void formatsOneLine() {
    Diagnostic diagnostic = Diagnostic.warning(AT, "rule", "two\nlines");

    assertThat(diagnostic.toString())
        .isEqualTo("m.simap.yaml:2:3: warning: two\\nlines [rule]")
        .doesNotContain("\n");
  }
}
