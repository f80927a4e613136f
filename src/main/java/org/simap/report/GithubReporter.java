package org.simap.report;

import java.io.PrintWriter;
import org.simap.model.Diagnostic;

/**
 * Writes one GitHub Actions workflow command per finding, such as {@code ::warning
 * file=a.simap.yaml,line=3,col=5,title=empty-level::message}, which GitHub shows as an annotation
 * on the file, then the summary line. Info findings become notices.
 */
public final class GithubReporter implements Reporter {

  private final ReportContext context;

  public GithubReporter(ReportContext context) {
    this.context = context;
  }

  @Override
  public void write(Findings findings, PrintWriter out) {
    for (Diagnostic d : findings.diagnostics()) {
      StringBuilder line = new StringBuilder("::").append(command(d)).append(" file=");
      line.append(property(context.relativePath(d.position().file())));
      if (d.position().line() > 0) {
        line.append(",line=").append(d.position().line());
        line.append(",col=").append(d.position().column());
      }
      line.append(",title=").append(property(d.rule()));
      line.append("::").append(data(d.message()));
      out.println(line);
    }
    out.println(findings.summary());
    out.flush();
  }

  private static String command(Diagnostic d) {
    return switch (d.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** Escapes a message as {@code escapeData} in the toolkit's {@code @actions/core} does. */
  static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /**
   * Escapes a property value as {@code escapeProperty} in {@code @actions/core} does: like data,
   * and also the separators ':' and ','.
   */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
