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

  @Test
  void ordersByPositionFirst() {
    Diagnostic earlierLine = Diagnostic.warning(new SourcePosition("m.simap.yaml", 1, 9), "z", "z");
    Diagnostic earlierColumn =
        Diagnostic.warning(new SourcePosition("m.simap.yaml", 2, 1), "z", "z");
    Diagnostic otherFile = Diagnostic.error(new SourcePosition("a.simap.yaml", 5, 5), "z", "z");

    assertThat(earlierLine).isLessThan(Diagnostic.error(AT, "a", "a"));
    assertThat(earlierColumn).isLessThan(Diagnostic.error(AT, "a", "a"));
    assertThat(otherFile).isLessThan(Diagnostic.error(AT, "a", "a"));
  }

  @Test
  void ordersBySeverityThenRuleThenMessage() {
    Diagnostic error = new Diagnostic(AT, Severity.ERROR, "z", "z");
    Diagnostic warning = new Diagnostic(AT, Severity.WARNING, "a", "a");
    Diagnostic info = new Diagnostic(AT, Severity.INFO, "a", "a");

    assertThat(error).isLessThan(warning);
    assertThat(warning).isLessThan(info);
    assertThat(Diagnostic.warning(AT, "a", "z")).isLessThan(Diagnostic.warning(AT, "b", "a"));
    assertThat(Diagnostic.warning(AT, "a", "a")).isLessThan(Diagnostic.warning(AT, "a", "b"));
    assertThat(Diagnostic.warning(AT, "a", "a"))
        .isEqualByComparingTo(Diagnostic.warning(AT, "a", "a"));
  }
}
