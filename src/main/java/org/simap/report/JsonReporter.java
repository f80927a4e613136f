package org.simap.report;

import java.io.PrintWriter;
import java.util.Iterator;
import org.simap.model.Diagnostic;
import org.simap.model.Severity;

/**
 * Writes the findings as one JSON object, documented in docs/reports.md. Keys keep a fixed order
 * and the output ends with a newline, so that two runs on the same input give the same bytes.
 */
public final class JsonReporter implements Reporter {

  /** The version of the report's layout; raised only when a field changes meaning or goes away. */
  public static final int SCHEMA_VERSION = 1;

  @Override
  public void write(Findings findings, PrintWriter out) {
    out.println("{");
    out.println("  \"tool\": \"simap\",");
    out.println("  \"command\": " + Json.quote(findings.command()) + ",");
    out.println("  \"version\": " + SCHEMA_VERSION + ",");
    out.println("  \"summary\": {");
    out.println("    \"files\": " + findings.files().size() + ",");
    out.println("    \"valid\": " + findings.count(FileStatus.Status.VALID) + ",");
    out.println("    \"invalid\": " + findings.count(FileStatus.Status.INVALID) + ",");
    out.println("    \"unreadable\": " + findings.count(FileStatus.Status.UNREADABLE) + ",");
    out.println("    \"errors\": " + findings.count(Severity.ERROR) + ",");
    out.println("    \"warnings\": " + findings.count(Severity.WARNING) + ",");
    out.println("    \"infos\": " + findings.count(Severity.INFO));
    out.println("  },");
    out.print("  \"files\": [");
    Iterator<FileStatus> files = findings.files().iterator();
    while (files.hasNext()) {
      FileStatus file = files.next();
      out.print("\n    {\"file\": " + Json.quote(file.file()) + ", \"status\": ");
      out.print(Json.quote(file.status().name().toLowerCase(java.util.Locale.ROOT)) + "}");
      out.print(files.hasNext() ? "," : "\n  ");
    }
    out.println("],");
    out.print("  \"diagnostics\": [");
    Iterator<Diagnostic> diagnostics = findings.diagnostics().iterator();
    while (diagnostics.hasNext()) {
      Diagnostic d = diagnostics.next();
      out.print("\n    {");
      out.print("\"file\": " + Json.quote(d.position().file()));
      out.print(", \"line\": " + d.position().line());
      out.print(", \"column\": " + d.position().column());
      out.print(", \"severity\": " + Json.quote(d.severity().keyword()));
      out.print(", \"rule\": " + Json.quote(d.rule()));
      out.print(", \"message\": " + Json.quote(d.message()) + "}");
      out.print(diagnostics.hasNext() ? "," : "\n  ");
    }
    out.println("]");
    out.println("}");
    out.flush();
  }
}
