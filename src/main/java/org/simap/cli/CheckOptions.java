package org.simap.cli;

import java.util.ArrayList;
import java.util.List;
import org.simap.report.ReportFormat;
import picocli.CommandLine.Model.CommandSpec;

/** The inputs and report options that the checking commands, validate and lint, share. */
final class CheckOptions {

  List<String> inputs = new ArrayList<>();

  ReportFormat format = ReportFormat.TEXT;

  FailLevel failOn = FailLevel.ERROR;

  /** Declares the inputs and the report options on a checking command. */
  void addTo(CommandSpec spec) {
    spec.addPositional(
        CommandSpecs.positional(this, "inputs", "0..*")
            .paramLabel("FILE|DIR|-")
            .description(
                "Map files (read whatever their name), folders (searched for *.simap.yaml and"
                    + " *.simap.yml) or - for standard input. Default: the current folder.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "format", "-f", "--format")
            .paramLabel("FORMAT")
            .defaultValue("text")
            .description("Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "failOn", "--fail-on")
            .paramLabel("SEVERITY")
            .defaultValue("error")
            .description(
                "Exit with 1 when a finding is this severe or more: ${COMPLETION-CANDIDATES}."
                    + " Default: ${DEFAULT-VALUE}. An invalid map always exits with 1.")
            .build());
  }

  /** Returns the inputs to read: the arguments, or the current folder when there are none. */
  List<String> arguments() {
    return inputs.isEmpty() ? List.of(".") : inputs;
  }
}
