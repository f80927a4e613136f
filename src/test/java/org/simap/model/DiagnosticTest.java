package org.simap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
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
  void escapesControlCharactersAroundAscii() {
    Diagnostic diagnostic =
        Diagnostic.error(AT, "rule", "\u0000 \u001F ~\u007F\u0080\u009F\u00A0\u00E9\tend");

    assertThat(diagnostic.message())
        .isEqualTo("\\u0000 \\u001F ~\\u007F\\u0080\\u009F\u00A0\u00E9\tend");
  }

  @Test
  void keepsEveryPrintableAsciiCharacter() {
    StringBuilder printable = new StringBuilder();
    for (char c = ' '; c < 0x7F; c++) {
      printable.append(c);
    }

    assertThat(Diagnostic.error(AT, "rule", printable.toString()).message())
        .isEqualTo(printable.toString());
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
  void ordersPositionsAsSourcePositionDoes() {
    List<SourcePosition> positions =
        List.of(
            new SourcePosition("a.simap.yaml", 0, 0),
            new SourcePosition("a.simap.yaml", 1, 1),
            new SourcePosition("a.simap.yaml", 1, 10),
            new SourcePosition("a.simap.yaml", 2, 1),
            new SourcePosition("a.simap.yaml", 10, 2),
            new SourcePosition("B.simap.yaml", 3, 3),
            new SourcePosition("dir/a.simap.yaml", 1, 1),
            new SourcePosition("\u00E9.simap.yaml", 1, 1));

    for (SourcePosition left : positions) {
      for (SourcePosition right : positions) {
        int diagnosticOrder =
            Integer.signum(
                Diagnostic.error(left, "rule", "m")
                    .compareTo(Diagnostic.error(right, "rule", "m")));
        assertThat(diagnosticOrder)
            .as("%s against %s", left, right)
            .isEqualTo(Integer.signum(left.compareTo(right)));
      }
    }
  }

  @Test
  void ordersBySeverityRuleMessage() {
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
