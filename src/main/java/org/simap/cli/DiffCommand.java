package org.simap.cli;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.simap.diff.FileDiff;
import org.simap.report.DiffFormat;
import org.simap.report.Findings;
import org.simap.report.ReportFormat;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Shows what changed between two versions of a map, in the map's own terms. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    header = "Show what changed between two versions of a map.",
    description = {
      "Show what changed between two versions of a map: elements, levels, links,",
      "challenges, focus entries and the rest, matched by id. Reordering,",
      "formatting and comments are not changes.",
      "",
      "  simap diff OLD NEW               two files (- for standard input)",
      "  simap diff REV FILE              FILE at git revision REV against the",
      "                                   working tree",
      "  simap diff REV1 REV2 -- FILE...  files at two revisions",
      "  simap diff REV:PATH NEW          a file in a revision (PATH from the top)",
      "  simap diff REV1 [REV2]           every changed map file (without REV2:",
      "                                   against the working tree)",
      "",
      "Without '--', an existing file or a name ending in .yaml or .yml is a",
      "file, and anything else is a revision. See docs/diff.md."
    },
    footer = {
      "",
      "For simap diff: with --exit-code, 1 also means that the maps differ.",
      "A git failure (not a repository, an unknown revision) exits 3."
    })
final class DiffCommand implements Callable<Integer> {

  private final Environment environment;

  @Parameters(
      paramLabel = "ARG",
      arity = "0..*",
      description = "Files, revisions and REV:PATH, as above.")
  List<String> arguments = new ArrayList<>();

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT",
      defaultValue = "text",
      description = "Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
  DiffFormat format = DiffFormat.TEXT;

  @Option(
      names = "--exit-code",
      description = "Exit with 1 when the maps differ and 0 when they do not, like git diff.")
  boolean exitCode;

  @Option(
      names = "--stdin-filename",
      paramLabel = "NAME",
      defaultValue = "<stdin>",
      description = "The name of standard input in output. Default: ${DEFAULT-VALUE}.")
  String stdinName = "<stdin>";

  @ParentCommand SimapCommand parent;

  @Spec CommandSpec spec;

  DiffCommand(Environment environment) {
    this.environment = environment;
  }

  @Override
  public Integer call() {
    DiffRequest request = request();
    Optional<DiffInputs.Read> inputs =
        new DiffInputs(environment, stdinName).read(request, spec.commandLine().getErr());
    if (inputs.isEmpty()) {
      return ExitCodes.INPUT;
    }
    DiffInputs.Read read = inputs.get();
    MapComparison.Outcome outcome = MapComparison.run(read.pairs(), read.failures());
    if (outcome.findings().isPresent()) {
      return reportInvalid(outcome.findings().get());
    }
    List<FileDiff> files = outcome.files();
    format
        .writer(Terminals.style(parent.global, environment))
        .write(files, spec.commandLine().getOut());
    boolean different = files.stream().anyMatch(f -> f.status() != FileDiff.Status.UNCHANGED);
    return exitCode && different ? ExitCodes.INVALID : ExitCodes.OK;
  }

  /** Splits the arguments at {@code --}, which picocli consumes, and classifies them. */
  private DiffRequest request() {
    List<String> original = spec.commandLine().getParseResult().originalArgs();
    int separator = original.indexOf("--");
    int pathCount = separator < 0 ? 0 : original.size() - separator - 1;
    List<String> before = arguments.subList(0, arguments.size() - pathCount);
    List<String> after = arguments.subList(arguments.size() - pathCount, arguments.size());
    try {
      return DiffRequest.classify(
          before,
          after,
          separator >= 0,
          argument -> Files.isRegularFile(environment.resolve(argument)),
          argument -> Files.isDirectory(environment.resolve(argument)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Reports invalid or unreadable inputs as simap validate does, with its exit code. */
  private int reportInvalid(Findings findings) {
    ReportFormat report = format == DiffFormat.JSON ? ReportFormat.JSON : ReportFormat.TEXT;
    var target = report.forPeople() ? spec.commandLine().getErr() : spec.commandLine().getOut();
    report.reporter(Terminals.style(parent.global, environment)).write(findings, target);
    return ValidateCommand.exitCode(findings);
  }
}
