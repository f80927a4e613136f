package org.simap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.simap.model.RuleDescriptor;
import org.simap.report.FileStatus;
import org.simap.report.Findings;
import org.simap.report.ReportContext;
import org.simap.report.ReportFormat;
import picocli.CommandLine;

/** Writes the findings of a checking command and chooses its exit code. */
final class Reports {

  private Reports() {}

  /** Writes the findings in the format: text to standard error, the others to standard output. */
  static void write(
      CommandLine commandLine, ReportFormat format, ReportContext context, Findings findings) {
    PrintWriter target = format.forPeople() ? commandLine.getErr() : commandLine.getOut();
    format.reporter(context).write(findings, target);
  }

  static ReportContext context(
      GlobalOptions global, Environment environment, List<RuleDescriptor> rules, FailLevel failOn) {
    return new ReportContext(
        Terminals.style(global, environment),
        version(),
        rules,
        failOn.threshold(),
        environment.workingDirectory());
  }

  private static String version() {
    try {
      return VersionProvider.version();
    } catch (IOException e) {
      return "unknown";
    }
  }

  /**
   * Returns 3 when an input was unreadable, else 1 when a map was invalid or a finding is at or
   * above the fail-on severity, else 0.
   */
  static int exitCode(Findings findings, FailLevel failOn) {
    if (findings.count(FileStatus.Status.UNREADABLE) > 0) {
      return ExitCodes.INPUT;
    }
    if (findings.count(FileStatus.Status.INVALID) > 0) {
      return ExitCodes.INVALID;
    }
    boolean fails =
        failOn
            .threshold()
            .map(
                threshold ->
                    findings.diagnostics().stream().anyMatch(d -> d.severity().atLeast(threshold)))
            .orElse(false);
    return fails ? ExitCodes.INVALID : ExitCodes.OK;
  }
}
