package org.simap.report;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.simap.model.Diagnostic;
import org.simap.model.RuleDescriptor;
import org.simap.model.Severity;

/**
 * Writes the findings as a SARIF 2.1.0 log with one run, in the form GitHub code scanning accepts.
 * The run lists every rule the command can report, with its descriptions. Each finding is a result
 * with a relative file URI and a 1-based start line and column, or line 1 for a whole file.
 */
public final class SarifReporter implements Reporter {

  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  private final ReportContext context;

  public SarifReporter(ReportContext context) {
    this.context = context;
  }

  @Override
  public void write(Findings findings, PrintWriter out) {
    Map<String, RuleDescriptor> rules = context.rulesById();
    for (Diagnostic d : findings.diagnostics()) {
      // A rule missing from the catalogue still needs an entry for ruleIndex to point at.
      rules.putIfAbsent(
          d.rule(), new RuleDescriptor(d.rule(), d.severity(), d.rule(), d.rule(), d.rule()));
    }
    List<String> ids = new ArrayList<>(rules.keySet());

    out.println("{");
    out.println("  \"$schema\": " + Json.quote(SCHEMA) + ",");
    out.println("  \"version\": \"2.1.0\",");
    out.println("  \"runs\": [");
    out.println("    {");
    out.println("      \"tool\": {");
    out.println("        \"driver\": {");
    out.println("          \"name\": \"simap\",");
    out.println("          \"version\": " + Json.quote(context.version()) + ",");
    out.println("          \"informationUri\": " + Json.quote(ReportContext.HOMEPAGE) + ",");
    out.print("          \"rules\": [");
    Iterator<RuleDescriptor> descriptors = rules.values().iterator();
    while (descriptors.hasNext()) {
      writeRule(descriptors.next(), out);
      out.print(descriptors.hasNext() ? "," : "\n          ");
    }
    out.println("]");
    out.println("        }");

    out.println("      },");

    out.print("      \"results\": [");
    Iterator<Diagnostic> diagnostics = findings.diagnostics().iterator();
    while (diagnostics.hasNext()) {
      Diagnostic d = diagnostics.next();
      writeResult(d, ids.indexOf(d.rule()), out);
      out.print(diagnostics.hasNext() ? "," : "\n      ");
    }
    out.println("]");
    out.println("    }");
    out.println("  ]");
    out.println("}");
    out.flush();
  }

  private static void writeRule(RuleDescriptor rule, PrintWriter out) {
    out.print("\n            {");
    out.print("\"id\": " + Json.quote(rule.id()));
    out.print(", \"shortDescription\": {\"text\": " + Json.quote(rule.summary()) + "}");
    out.print(", \"fullDescription\": {\"text\": " + Json.quote(rule.details()) + "}");
    out.print(", \"help\": {\"text\": " + Json.quote(rule.help()) + "}");
    out.print(
        ", \"defaultConfiguration\": {\"level\": "
            + Json.quote(level(rule.defaultSeverity()))
            + "}}");
  }

  private void writeResult(Diagnostic d, int ruleIndex, PrintWriter out) {
    out.print("\n        {");
    out.print("\"ruleId\": " + Json.quote(d.rule()));
    out.print(", \"ruleIndex\": " + ruleIndex);
    out.print(", \"level\": " + Json.quote(level(d.severity())));
    out.print(", \"message\": {\"text\": " + Json.quote(d.message()) + "}");
    out.print(", \"locations\": [{\"physicalLocation\": {\"artifactLocation\": {\"uri\": ");
    out.print(Json.quote(uri(context.relativePath(d.position().file()))) + "}");
    if (d.position().line() > 0) {
      out.print(
          ", \"region\": {\"startLine\": "
              + d.position().line()
              + ", \"startColumn\": "
              + d.position().column()
              + "}");
    } else {
      // GitHub code scanning places a result only with a start line, so a finding about the
      // whole file points at its first line.
      out.print(", \"region\": {\"startLine\": 1}");
    }
    out.print("}}]}");
  }

  /** Returns the SARIF level of a severity: error, warning or note. */
  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /**
   * Encodes a path as a URI reference: RFC 3986 unreserved characters and the separators that paths
   * use stay as they are, every other byte of the UTF-8 form is percent-encoded.
   */
  static String uri(String path) {
    boolean absolute = path.startsWith("/");
    StringBuilder encoded = new StringBuilder(absolute ? "file://" : "");
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xFF);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/!$&'()*+,;=@".indexOf(c) >= 0)) {
        encoded.append(c);
      } else {
        encoded.append('%').append(String.format("%02X", b & 0xFF));
      }
    }
    return encoded.toString();
  }
}
