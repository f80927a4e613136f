package org.simap.report;

import java.io.PrintWriter;
import org.simap.model.Diagnostic;

/**
 * Writes one line per finding, {@code file:line:col: severity: message [rule]}, and a summary line,
 * with the severity coloured when the output is a terminal.
 */
public final class TextReporter implements Reporter {

  private final Style style;

  public TextReporter(Style style) {
    this.style = style;
  }

  @Override
  public void write(Findings findings, PrintWriter out) {
    for (Diagnostic diagnostic : findings.diagnostics()) {
      out.println(format(diagnostic));
    }
    out.println(findings.summary());
    out.flush();
  }

  /** Formats one finding as a line, coloured when the style is coloured. */
  public String format(Diagnostic d) {
    return style.bold(d.position() + ":")
        + " "
        + style.severity(d.severity())
        + ": "
        + d.message()
        + " "
        + style.dim("[" + d.rule() + "]");
  }
}
