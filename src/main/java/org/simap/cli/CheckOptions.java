package org.simap.cli;

import java.util.ArrayList;
import java.util.List;
import org.simap.report.ReportFormat;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs and report options that the checking commands, validate and lint, share. */
final class CheckOptions {

  @Parameters(
      paramLabel = "FILE|DIR|-",
      arity = "0..*",
      description =
          "Map files (read whatever their name), folders (searched for *.simap.yaml and"
              + " *.simap.yml) or - for standard input. Default: the current folder.")
  List<String> inputs = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  ReportFormat format = ReportFormat.TEXT;

  @Option(
      names = "--fail-on",
      paramLabel = "SEVERITY",
      defaultValue = "error",
      description =
          "Exit with 1 when a finding is this severe or more: ${COMPLETION-CANDIDATES}."
              + " Default: ${DEFAULT-VALUE}. An invalid map always exits with 1.")
  FailLevel failOn = FailLevel.ERROR;

  /** Returns the inputs to read: the arguments, or the current folder when there are none. */
  List<String> arguments() {
    return inputs.isEmpty() ? List.of(".") : inputs;
  }
}
