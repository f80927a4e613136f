package org.simap.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.simap.diff.FileDiff;
import org.simap.render.engine.RenderException;
import org.simap.report.DiffFormat;
import org.simap.report.Findings;
import org.simap.report.ReportFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Shows what changed between two versions of a map, in the map's own terms. */
final class DiffCommand implements Callable<Integer> {

  private final Environment environment;
  private final GlobalOptions global;

  List<String> arguments = new ArrayList<>();

  DiffFormat format = DiffFormat.TEXT;

  boolean exitCode;

  String stdinName = "<stdin>";

  Path render;

  final EngineOptions engineOptions = new EngineOptions();

  private CommandSpec spec;

  DiffCommand(Environment environment, GlobalOptions global) {
    this.environment = environment;
    this.global = global;
  }

  /** Declares the command line of {@code simap diff}. */
  CommandSpec commandSpec() {
    spec = CommandSpecs.command("diff", this);
    spec.usageMessage()
        .header("Show what changed between two versions of a map.")
        .description(
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
            "file, and anything else is a revision. See docs/diff.md.",
            "",
            "With --render FILE, also draw the new version of one map with its",
            "changes marked and its removed elements as grey ghosts.")
        .footer(
            "",
            "For simap diff: with --exit-code, 1 also means that the maps differ.",
            "A git failure (not a repository, an unknown revision) exits 3.");
    spec.addPositional(
        CommandSpecs.positional(this, "arguments", "0..*")
            .paramLabel("ARG")
            .description("Files, revisions and REV:PATH, as above.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "format", "-f", "--format")
            .paramLabel("FORMAT")
            .defaultValue("text")
            .description("Output format: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "exitCode", "--exit-code")
            .description("Exit with 1 when the maps differ and 0 when they do not, like git diff.")
            .build());
    spec.addOption(
        CommandSpecs.stdinName(
            this, "The name of standard input in output. Default: ${DEFAULT-VALUE}."));
    spec.addOption(
        CommandSpecs.option(this, "render", "--render")
            .paramLabel("FILE")
            .description(
                "Also draw the new version of the map into FILE, with its changes marked. The"
                    + " format comes from the name: .svg (default), .dot, or .png and .pdf with"
                    + " --engine dot. Needs exactly one compared map.")
            .build());
    engineOptions.addTo(spec);
    return spec;
  }

  @Override
  public Integer call() {
    checkEngineOptions();
    DiffRequest request = request();
    Optional<DiffInputs.Read> inputs =
        new DiffInputs(environment, stdinName).read(request, spec.commandLine().getErr());
    if (inputs.isEmpty()) {
      return ExitCodes.INPUT;
    }
    DiffInputs.Read read = inputs.get();

    // The picture's usage errors and engine failures come before any output.
    Optional<ChangesPicture> picture = Optional.empty();
    if (render != null) {
      checkOneMap(request, read);
      try {
        picture =
            Optional.of(
                ChangesPicture.prepare(
                    render.toString(), engineOptions, environment, spec.commandLine()));
      } catch (RenderException e) {
        return fail("render failed: " + e.getMessage());
      }
    }

    MapComparison.Outcome outcome = MapComparison.run(read.pairs(), read.failures());
    if (outcome.findings().isPresent()) {
      return reportInvalid(outcome.findings().get());
    }
    List<FileDiff> files = outcome.files();
    format.writer(Terminals.style(global, environment)).write(files, spec.commandLine().getOut());
    spec.commandLine().getOut().flush();

    if (picture.isPresent()) {
      Optional<String> failure =
          picture.get().write(outcome.versions().get(0), files.get(0).diff());
      if (failure.isPresent()) {
        return fail(failure.get());
      }
    }
    boolean different = files.stream().anyMatch(f -> f.status() != FileDiff.Status.UNCHANGED);
    return exitCode && different ? ExitCodes.INVALID : ExitCodes.OK;
  }

  /** Rejects engine options without --render, where they would have no effect. */
  private void checkEngineOptions() {
    engineOptions.check(spec.commandLine());
    if (render != null) {
      return;
    }
    for (String name : EngineOptions.NAMES) {
      if (spec.commandLine().getParseResult().hasMatchedOption(name)) {
        throw new ParameterException(
            spec.commandLine(), name + " applies only to the picture; add --render FILE.svg");
      }
    }
  }

  /** Rejects --render unless exactly one map is compared, because it draws one picture. */
  private void checkOneMap(DiffRequest request, DiffInputs.Read read) {
    int maps = read.pairs().size();
    if (maps == 1 || (maps == 0 && !read.failures().isEmpty())) {
      return;
    }
    String which =
        request instanceof DiffRequest.ChangedMaps ? "name one map after --" : "compare one map";
    throw new ParameterException(
        spec.commandLine(),
        "--render draws one map, but "
            + (maps == 0 ? "no map file changed" : maps + " map files are compared")
            + "; "
            + which);
  }

  private int fail(String message) {
    spec.commandLine().getErr().println("simap: " + message);
    spec.commandLine().getErr().flush();
    return ExitCodes.INPUT;
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
          // Not only regular files: a pipe such as bash's <(git show HEAD:map.simap.yaml) is a
          // file to read too.
          argument -> {
            Path path = environment.resolve(argument);
            return Files.exists(path) && !Files.isDirectory(path);
          },
          argument -> Files.isDirectory(environment.resolve(argument)));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** Reports invalid or unreadable inputs as simap validate does, with its exit code. */
  private int reportInvalid(Findings findings) {
    ReportFormat report = format == DiffFormat.JSON ? ReportFormat.JSON : ReportFormat.TEXT;
    var target = report.forPeople() ? spec.commandLine().getErr() : spec.commandLine().getOut();
    report.reporter(Terminals.style(global, environment)).write(findings, target);
    return ValidateCommand.exitCode(findings);
  }
}
