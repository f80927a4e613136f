package org.simap.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.simap.diff.FileDiff;
import org.simap.io.MapInputs;
import org.simap.io.MapSource;
import org.simap.report.DiffFormat;
import org.simap.report.Findings;
import org.simap.report.TextReporter;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Runs as a git diff driver ({@code diff.<driver>.command}), so that {@code git diff} (and {@code
 * git log -p} or {@code git show} with {@code --ext-diff}) describe map files in the map's terms.
 *
 * <p>Git stops the whole diff when a driver exits with a non-zero status, so this command always
 * exits 0 and writes every problem, including invalid maps and its own bugs, into its output.
 */
final class GitDiffCommand implements Callable<Integer> {

  /** The file name git passes for the missing side of an added or deleted file. */
  private static final String NO_FILE = "/dev/null";

  private final Environment environment;
  private final GlobalOptions global;

  List<String> arguments = new ArrayList<>();

  private CommandSpec spec;

  GitDiffCommand(Environment environment, GlobalOptions global) {
    this.environment = environment;
    this.global = global;
  }

  /** Declares the command line of {@code simap git-diff}. */
  CommandSpec commandSpec() {
    spec = CommandSpecs.command("git-diff", this);
    spec.usageMessage()
        .header("Act as a git diff driver for map files (used by git, not by people).")
        .description(
            "Act as a git diff driver for map files. Git calls it with seven arguments:",
            "  PATH OLD-FILE OLD-HEX OLD-MODE NEW-FILE NEW-HEX NEW-MODE",
            "(nine for a renamed file: NEW-PATH and rename details follow). Always exits 0.",
            "Set it up with these two lines:",
            "  echo '*.simap.yaml diff=simap' >> .gitattributes",
            "  git config diff.simap.command 'simap git-diff'");
    // NOTE: a path starting with '-' would be read as an option and exit 2, which stops git diff.
    spec.addPositional(
        CommandSpecs.positional(this, "arguments", "0..*")
            .paramLabel("ARG")
            .description("The arguments git passes.")
            .build());
    return spec;
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    try {
      run(out);
    } catch (RuntimeException e) {
      out.println(
          "simap: internal error: "
              + e
              + ". This is a bug in simap; please report it with the map files involved.");
    }
    out.flush();
    return ExitCodes.OK;
  }

  private void run(PrintWriter out) {
    if (arguments.size() == 1) {
      out.println("simap: " + arguments.get(0) + ": unmerged; resolve the conflict first");
      return;
    }
    if (arguments.size() != 7 && arguments.size() != 9) {
      out.println(
          "simap: git-diff expects the 7 arguments that git passes to a diff driver, found "
              + arguments.size()
              + "; to compare two files run 'simap diff OLD NEW'");
      return;
    }
    String oldPath = arguments.get(0);
    String newPath = arguments.size() == 9 ? arguments.get(7) : oldPath;
    List<MapInputs.Inputs> sides = new ArrayList<>();
    DiffInputs.SourcePair pair =
        new DiffInputs.SourcePair(
            side("a/" + oldPath, arguments.get(1), sides),
            side("b/" + newPath, arguments.get(4), sides));
    List<org.simap.model.Diagnostic> failures = new ArrayList<>();
    sides.forEach(inputs -> failures.addAll(inputs.failures()));

    MapComparison.Outcome outcome = MapComparison.run(List.of(pair), failures);
    if (outcome.findings().isPresent()) {
      writeFindings(outcome.findings().get(), out);
      return;
    }
    FileDiff file = outcome.files().get(0);
    if (file.status() == FileDiff.Status.UNCHANGED) {
      out.println(
          "simap: " + newPath + ": no change to the map (only formatting, order or comments)");
      return;
    }
    DiffFormat.TEXT.writer(Terminals.style(global, environment)).write(List.of(file), out);
  }

  /** Reads one side from the temporary file git made, named as git names it. */
  private Optional<MapSource> side(String name, String file, List<MapInputs.Inputs> sides) {
    if (file.equals(NO_FILE)) {
      return Optional.empty();
    }
    MapInputs.Inputs inputs =
        MapInputs.read(List.of(file), environment.stdin(), name, environment.workingDirectory());
    sides.add(inputs);
    return inputs.sources().stream().findFirst().map(source -> new MapSource(name, source.bytes()));
  }

  private void writeFindings(Findings findings, PrintWriter out) {
    TextReporter reporter = new TextReporter(Terminals.style(global, environment));
    reporter.write(findings, out);
  }
}
