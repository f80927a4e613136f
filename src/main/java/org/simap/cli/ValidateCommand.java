package org.simap.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.simap.io.MapInputs;
import org.simap.model.Diagnostic;
import org.simap.report.FileStatus;
import org.simap.report.Findings;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;
import org.simap.validate.ValidationChecks;
import picocli.CommandLine.Model.CommandSpec;

/** Checks that maps are well formed: YAML, fields, values, ids and references. */
final class ValidateCommand implements Callable<Integer> {

  private final Environment environment;
  private final GlobalOptions global;

  final CheckOptions check = new CheckOptions();

  String stdinName = "<stdin>";

  private CommandSpec spec;

  ValidateCommand(Environment environment, GlobalOptions global) {
    this.environment = environment;
    this.global = global;
  }

  /** Declares the command line of {@code simap validate}. */
  CommandSpec commandSpec() {
    spec = CommandSpecs.command("validate", this);
    spec.usageMessage()
        .description(
            "Check that maps are well formed: YAML syntax, required fields, values, ids and"
                + " references.",
            "Every problem in every file is reported, one line each, then a summary line.");
    check.addTo(spec);
    spec.addOption(CommandSpecs.stdinName(this, CommandSpecs.STDIN_NAME_DESCRIPTION));
    return spec;
  }

  @Override
  public Integer call() {
    List<String> arguments = check.arguments();
    MapInputs.Inputs read =
        MapInputs.read(arguments, environment.stdin(), stdinName, environment.workingDirectory());
    // Each map's outcome is kept, not the map, because keeping many maps alive made every young
    // collection copy them again.
    List<Outcome> outcomes =
        read.sources().parallelStream().map(source -> outcome(MapValidator.check(source))).toList();
    Findings findings = gather("validate", outcomes, read.failures());
    Reports.write(
        spec.commandLine(),
        check.format,
        Reports.context(global, environment, ValidationChecks.all(), check.failOn),
        findings);
    return Reports.exitCode(findings, check.failOn);
  }

  /** One map's status and problems, without the map itself. */
  record Outcome(FileStatus status, List<Diagnostic> diagnostics) {}

  static Outcome outcome(CheckedMap map) {
    FileStatus.Status status = map.valid() ? FileStatus.Status.VALID : FileStatus.Status.INVALID;
    return new Outcome(new FileStatus(map.file(), status), map.diagnostics());
  }

  /** Gathers the results of several maps, and the inputs that could not be read, into one. */
  static Findings findings(String command, List<CheckedMap> checked, List<Diagnostic> failures) {
    return gather(command, checked.stream().map(ValidateCommand::outcome).toList(), failures);
  }

  static Findings gather(String command, List<Outcome> outcomes, List<Diagnostic> failures) {
    List<FileStatus> files = new ArrayList<>();
    List<Diagnostic> diagnostics = new ArrayList<>(failures);
    for (Diagnostic failure : failures) {
      files.add(new FileStatus(failure.position().file(), FileStatus.Status.UNREADABLE));
    }
    for (Outcome outcome : outcomes) {
      files.add(outcome.status());
      diagnostics.addAll(outcome.diagnostics());
    }
    return new Findings(command, files, diagnostics);
  }

  /** Returns 3 when an input was unreadable, else 1 when a map was invalid, else 0. */
  static int exitCode(Findings findings) {
    return Reports.exitCode(findings, FailLevel.ERROR);
  }
}
