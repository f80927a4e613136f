package org.simap.report;

import java.io.PrintWriter;
import org.simap.model.Diagnostic;
import org.simap.model.SourcePosition;

/**
 * Writes one line per finding, {@code file:line:col: severity: message [rule]}, and a summary line,
 * with the severity coloured when the output is a terminal.
 */
public final class TextReporter implements Reporter {

  /**
   * The number of characters collected before they are written. The writers that the command line
   * creates flush on every println, so the lines are written in blocks instead, with one flush at
   * the end.
   */
  private static final int BLOCK_CHARS = 8192;

  private final Style style;

  public TextReporter(Style style) {
    this.style = style;
  }

  @Override
  public void write(Findings findings, PrintWriter out) {
    String lineSeparator = System.lineSeparator();
    StringBuilder block = new StringBuilder(BLOCK_CHARS + 512);
    for (Diagnostic diagnostic : findings.diagnostics()) {
      append(block, diagnostic);
      block.append(lineSeparator);
      if (block.length() >= BLOCK_CHARS) {
        out.write(block.toString());
        block.setLength(0);
      }
    }
    block.append(findings.summary()).append(lineSeparator);
    out.write(block.toString());
    out.flush();
  }

  /** Formats one finding as a line, coloured when the style is coloured. */
  public String format(Diagnostic d) {
    StringBuilder line = new StringBuilder(d.message().length() + 64);
    append(line, d);
    return line.toString();
  }

  /** Appends one finding as {@link #format} formats it, without a line break. */
  private void append(StringBuilder line, Diagnostic d) {
    boolean colour = style.isColoured();
    if (colour) {
      line.append(Style.BOLD);
    }
    appendPosition(line, d.position());
    line.append(':');
    if (colour) {
      line.append(Style.RESET);
    }
    line.append(' ').append(style.severity(d.severity())).append(": ").append(d.message());
    line.append(' ');
    if (colour) {
      line.append(Style.DIM);
    }
    line.append('[').append(d.rule()).append(']');
    if (colour) {
      line.append(Style.RESET);
    }
  }

  /** Appends the position as {@link SourcePosition#toString} formats it. */
  static void appendPosition(StringBuilder line, SourcePosition position) {
    line.append(position.file());
    if (position.line() != 0) {
      line.append(':').append(position.line()).append(':').append(position.column());
    }
  }
}
