package org.simap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.simap.model.Diagnostic;
import org.simap.model.Severity;
import org.simap.model.SourcePosition;

class TextReporterTest {

  private static final Diagnostic WARNING =
      new Diagnostic(
          new SourcePosition("maps/a.simap.yaml", 12, 7),
          Severity.WARNING,
          "level 'school' has no norm elements",
          "missing-element-type");

  private static final Diagnostic WHOLE_FILE =
      new Diagnostic(
          SourcePosition.wholeFile("b.simap.yaml"), Severity.ERROR, "cannot read", "read-error");

  @Test
  void formatsPlainLine() {
    TextReporter reporter = new TextReporter(Style.plain());

    assertThat(reporter.format(WARNING))
        .isEqualTo(
            "maps/a.simap.yaml:12:7: warning: level 'school' has no norm elements"
                + " [missing-element-type]");
    assertThat(reporter.format(WHOLE_FILE))
        .isEqualTo("b.simap.yaml: error: cannot read [read-error]");
  }

  @Test
  void formatsColouredLine() {
    TextReporter reporter = new TextReporter(Style.coloured());

    assertThat(reporter.format(WARNING))
        .isEqualTo(
            "\u001B[1mmaps/a.simap.yaml:12:7:\u001B[0m \u001B[1;33mwarning\u001B[0m: level"
                + " 'school' has no norm elements \u001B[2m[missing-element-type]\u001B[0m");
    assertThat(reporter.format(WHOLE_FILE))
        .isEqualTo(
            "\u001B[1mb.simap.yaml:\u001B[0m \u001B[1;31merror\u001B[0m: cannot read"
                + " \u001B[2m[read-error]\u001B[0m");
  }

  @Test
  void formatsPositionLikeSourcePosition() {
    for (SourcePosition position :
        List.of(
            new SourcePosition("a.simap.yaml", 1, 1),
            new SourcePosition("dir/b.simap.yaml", 1234, 56),
            SourcePosition.wholeFile("<stdin>"))) {
      StringBuilder line = new StringBuilder();
      TextReporter.appendPosition(line, position);
      assertThat(line).hasToString(position.toString());
    }
  }

  @Test
  void writesEveryLineAndSummary() {
    // Enough findings to fill several of the blocks the reporter writes at a time.
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (int i = 1; i <= 500; i++) {
      diagnostics.add(
          new Diagnostic(
              new SourcePosition("a.simap.yaml", i, 3),
              Severity.INFO,
              "element 'e" + i + "' is in no link, challenge or focus entry",
              "unconnected-element"));
    }
    Findings findings =
        new Findings(
            "lint", List.of(new FileStatus("a.simap.yaml", FileStatus.Status.VALID)), diagnostics);
    TextReporter reporter = new TextReporter(Style.plain());
    StringBuilder expected = new StringBuilder();
    for (Diagnostic diagnostic : findings.diagnostics()) {
      expected.append(reporter.format(diagnostic)).append(System.lineSeparator());
    }
    expected.append(findings.summary()).append(System.lineSeparator());

    CountingWriter target = new CountingWriter();
    reporter.write(findings, new PrintWriter(target, true));

    assertThat(target.toString()).isEqualTo(expected.toString());
    assertThat(target.toString())
        .endsWith("1 file checked, 0 invalid, 0 errors, 500 notes" + System.lineSeparator());
    assertThat(target.flushes).isEqualTo(1);
  }

  @Test
  void writesSummaryWithoutFindings() {
    Findings findings = new Findings("lint", List.of(), List.of());
    StringWriter target = new StringWriter();

    new TextReporter(Style.plain()).write(findings, new PrintWriter(target));

    assertThat(target).hasToString("0 files checked, 0 invalid, 0 errors" + System.lineSeparator());
  }

  /** Collects what is written and counts the flushes. */
  private static final class CountingWriter extends StringWriter {
    int flushes;

    @Override
    public void flush() {
      flushes++;
      super.flush();
    }
  }
}
