package org.simap.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.simap.model.Diagnostic;
import org.simap.model.Severity;

/**
 * Writes JUnit XML, the test report format that GitLab, Jenkins and most CI systems read: one test
 * suite per file, one test case per file and rule with a {@code failure} element per finding. A
 * finding below the {@code --fail-on} severity does not fail its test case and is listed in its
 * {@code system-out}, and a file without findings has one passing test case named after the
 * command.
 */
public final class JunitReporter implements Reporter {

  private final ReportContext context;

  public JunitReporter(ReportContext context) {
    this.context = context;
  }

  /** One test case: a file and a rule, with the findings that fail it and those that do not. */
  private record Case(String rule, List<Diagnostic> failures, List<Diagnostic> notes) {}

  @Override
  public void write(Findings findings, PrintWriter out) {
    Map<String, List<Case>> suites = new LinkedHashMap<>();
    for (FileStatus file : findings.files()) {
      suites.put(file.file(), cases(findings, file));
    }
    // A file without findings still counts as one passing test case, as its suite shows.
    int tests = suites.values().stream().mapToInt(cases -> Math.max(1, cases.size())).sum();
    long failed =
        suites.values().stream().flatMap(List::stream).filter(c -> !c.failures().isEmpty()).count();
    out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    out.println(
        "<testsuites name=\"simap "
            + escape(findings.command())
            + "\" tests=\""
            + tests
            + "\" failures=\""
            + failed
            + "\">");
    suites.forEach((file, cases) -> writeSuite(file, cases, findings.command(), out));
    out.println("</testsuites>");
    out.flush();
  }

  private List<Case> cases(Findings findings, FileStatus file) {
    Map<String, Case> byRule = new TreeMap<>();
    for (Diagnostic d : findings.diagnostics()) {
      if (!d.position().file().equals(file.file())) {
        continue;
      }
      Case c =
          byRule.computeIfAbsent(d.rule(), r -> new Case(r, new ArrayList<>(), new ArrayList<>()));
      boolean invalidating =
          file.status() != FileStatus.Status.VALID && d.severity() == Severity.ERROR;
      (invalidating || context.fails(d.severity()) ? c.failures() : c.notes()).add(d);
    }
    return new ArrayList<>(byRule.values());
  }

  private static void writeSuite(String file, List<Case> cases, String command, PrintWriter out) {
    long failed = cases.stream().filter(c -> !c.failures().isEmpty()).count();
    int tests = Math.max(1, cases.size());
    out.println(
        "  <testsuite name=\""
            + escape(file)
            + "\" tests=\""
            + tests
            + "\" failures=\""
            + failed
            + "\">");
    if (cases.isEmpty()) {
      out.println(
          "    <testcase classname=\"" + escape(file) + "\" name=\"" + escape(command) + "\"/>");
    }
    for (Case c : cases) {
      out.println(
          "    <testcase classname=\"" + escape(file) + "\" name=\"" + escape(c.rule()) + "\">");
      for (Diagnostic d : c.failures()) {
        out.println(
            "      <failure type=\""
                + d.severity().keyword()
                + "\" message=\""
                + escape(d.message())
                + "\">"
                + escape(d.toString())
                + "</failure>");
      }
      if (!c.notes().isEmpty()) {
        out.print("      <system-out>");
        for (Diagnostic d : c.notes()) {
          out.print(escape(d.toString()) + "\n");
        }
        out.println("</system-out>");
      }
      out.println("    </testcase>");
    }
    out.println("  </testsuite>");
  }

  /**
   * Escapes text for XML attribute values and content. Characters that XML 1.0 cannot carry at all
   * become U+FFFD, and line breaks in attributes become character references so they survive.
   */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                case '\n' -> out.append("&#10;");
                case '\r' -> out.append("&#13;");
                case '\t' -> out.append("&#9;");
                default -> {
                  if (c == 0x9
                      || c >= 0x20 && c <= 0xD7FF
                      || c >= 0xE000 && c <= 0xFFFD
                      || c >= 0x10000) {
                    out.appendCodePoint(c);
                  } else {
                    out.append('\uFFFD');
                  }
                }
              }
            });
    return out.toString();
  }
}
