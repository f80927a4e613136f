package org.simap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.simap.export.ExportFormat;
import org.simap.io.IoErrors;
import org.simap.io.MapInputs;
import org.simap.io.OutputFiles;
import org.simap.model.Diagnostic;
import org.simap.report.Findings;
import org.simap.report.TextReporter;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Writes one map as a Markdown report, a CSV table of its elements, normalized JSON, or the
 * Graphviz source of its picture.
 */
final class ExportCommand implements Callable<Integer> {

  private final Environment environment;
  private final GlobalOptions global;

  String map;

  ExportFormat format;

  Path output;

  String stdinName = "<stdin>";

  private CommandSpec spec;

  ExportCommand(Environment environment, GlobalOptions global) {
    this.environment = environment;
    this.global = global;
  }

  /** Declares the command line of {@code simap export}. */
  CommandSpec commandSpec() {
    spec = CommandSpecs.command("export", this);
    spec.usageMessage()
        .description(
            "Write a map as a Markdown report, a CSV table, normalized JSON or DOT.",
            "markdown is a readable report for a team meeting, csv has one row per",
            "element for a spreadsheet, json is the map with defaults filled in and",
            "references resolved, for scripts, and dot is the Graphviz source of the",
            "picture that simap render draws. An invalid map is reported as validate",
            "reports it, and nothing is written.");
    spec.addPositional(
        CommandSpecs.positional(this, "map", "1")
            .paramLabel("MAP")
            .description("The map file, or - for standard input.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "format", "-f", "--format")
            .paramLabel("FORMAT")
            .required(true)
            .description("Output format: ${COMPLETION-CANDIDATES}.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "output", "-o", "--output")
            .paramLabel("FILE")
            .description(
                "Write to this file instead of standard output. An existing file is replaced in"
                    + " one step, so readers never see half a file.")
            .build());
    spec.addOption(CommandSpecs.stdinName(this, CommandSpecs.STDIN_NAME_DESCRIPTION));
    return spec;
  }

  @Override
  public Integer call() {
    if (!map.equals("-") && Files.isDirectory(environment.resolve(map))) {
      throw new ParameterException(
          spec.commandLine(), "'" + map + "' is a folder; export reads one map file");
    }
    if (output != null && !output.toString().equals("-")) {
      List<Path> maps = map.equals("-") ? List.of() : List.of(environment.resolve(map));
      OutputTargets.refusal(
              environment.resolve(output.toString()), maps, environment.workingDirectory())
          .ifPresent(
              reason -> {
                throw new ParameterException(spec.commandLine(), reason);
              });
    }
    MapInputs.Inputs read =
        MapInputs.read(
            List.of(map), environment.stdin(), stdinName, environment.workingDirectory());
    List<CheckedMap> checked = read.sources().stream().map(MapValidator::check).toList();
    Findings findings = ValidateCommand.findings("export", checked, read.failures());
    TextReporter reporter = new TextReporter(Terminals.style(global, environment));
    PrintWriter err = spec.commandLine().getErr();
    int problems = ValidateCommand.exitCode(findings);
    if (problems != ExitCodes.OK) {
      reporter.write(findings, err);
      return problems;
    }
    for (Diagnostic warning : findings.diagnostics()) {
      err.println(reporter.format(warning));
    }
    err.flush();

    String text = format.exporter().export(checked.get(0).map().orElseThrow());
    if (output == null || output.toString().equals("-")) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }
    return writeFile(environment.resolve(output.toString()), text, err);
  }

  private int writeFile(Path target, String text, PrintWriter err) {
    try {
      OutputFiles.write(target, text, OutputFiles.Existing.REPLACE);
      return ExitCodes.OK;
    } catch (NoSuchFileException e) {
      err.println("simap: " + output + ": folder not found; create the folder first");
    } catch (AccessDeniedException e) {
      err.println("simap: " + output + ": permission denied; check the folder's permissions");
    } catch (IOException e) {
      err.println("simap: " + output + ": could not write the file: " + IoErrors.reason(e));
    }
    err.flush();
    return ExitCodes.INPUT;
  }
}
