package org.simap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.simap.io.AtomicFiles;
import org.simap.io.IoErrors;
import org.simap.io.MapInputs;
import org.simap.model.Level;
import org.simap.model.Suggestions;
import org.simap.model.SystemMap;
import org.simap.render.Direction;
import org.simap.render.DotWriter;
import org.simap.render.Layout;
import org.simap.render.MapRenderer;
import org.simap.render.RenderFormat;
import org.simap.render.RenderOptions;
import org.simap.render.Theme;
import org.simap.render.engine.LayoutEngine;
import org.simap.render.engine.RenderException;
import org.simap.report.Findings;
import org.simap.report.ReportFormat;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Draws maps as pictures with Graphviz. */
final class RenderCommand implements Callable<Integer> {

  private final Environment environment;
  private final GlobalOptions global;

  List<String> inputs = new ArrayList<>();

  String output;

  String outputDir;

  RenderFormat format;

  final EngineOptions engineOptions = new EngineOptions();

  Direction direction = Direction.TB;

  Theme theme = Theme.LIGHT;

  Layout layout = Layout.LEVELS;

  List<String> levels = new ArrayList<>();

  boolean focusOnly;

  boolean noLegend;

  boolean watch;

  String stdinName = "<stdin>";

  boolean verbose;

  private CommandSpec spec;

  private LayoutEngine layoutEngine;

  RenderCommand(Environment environment, GlobalOptions global) {
    this.environment = environment;
    this.global = global;
  }

  /** Declares the command line of {@code simap render}. */
  CommandSpec commandSpec() {
    spec = CommandSpecs.command("render", this);
    spec.usageMessage()
        .description(
            "Draw maps as pictures: one box per level, the elements in it told apart by shape and"
                + " colour, with links, variation, challenges, focus entries and a legend.",
            "Without -o or --output-dir each picture is written beside its map: x.simap.yaml ->"
                + " x.svg. Files are replaced in one step, so a failed render leaves the previous"
                + " picture as it was.");

    spec.addPositional(
        CommandSpecs.positional(this, "inputs", "1..*")
            .paramLabel("MAP")
            .description(
                "Map files, folders (searched for *.simap.yaml and *.simap.yml) or - for standard"
                    + " input.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "output", "-o", "--output")
            .paramLabel("FILE|-")
            .description("Write the picture to FILE, or to standard output with -. One map only.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "outputDir", "--output-dir")
            .paramLabel("DIR")
            .description("Write each picture into DIR, named after its map.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "format", "-f", "--format")
            .paramLabel("FORMAT")
            .description(
                "Picture format: ${COMPLETION-CANDIDATES}. Default: from the -o file name, else"
                    + " svg.")
            .build());
    engineOptions.addTo(spec);
    addPictureOptions(spec);

    spec.addOption(
        CommandSpecs.option(this, "watch", "--watch")
            .description("Draw again whenever a map file changes, until interrupted (Ctrl-C).")
            .build());
    spec.addOption(CommandSpecs.stdinName(this, CommandSpecs.STDIN_NAME_DESCRIPTION));
    spec.addOption(
        CommandSpecs.option(this, "verbose", "-v", "--verbose")
            .description(
                "Say which engine and Graphviz version drew each picture, with Graphviz's"
                    + " warnings.")
            .build());
    return spec;
  }

  /** Declares the options that choose what the picture shows and how. */
  private void addPictureOptions(CommandSpec spec) {
    spec.addOption(
        CommandSpecs.option(this, "direction", "--direction")
            .paramLabel("DIR")
            .defaultValue("TB")
            .description(
                "Direction in which the levels follow each other: ${COMPLETION-CANDIDATES}."
                    + " Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "theme", "--theme")
            .paramLabel("THEME")
            .defaultValue("light")
            .description("Colours: ${COMPLETION-CANDIDATES}. Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "layout", "--layout")
            .paramLabel("LAYOUT")
            .defaultValue("levels")
            .description(
                "levels: a row per element type in each level; grid: a column per subsystem in"
                    + " every level (for maps that declare subsystems). Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "levels", "--level")
            .paramLabel("ID")
            .splitRegex(",")
            .description("Draw only these levels; repeat the option or separate ids with commas.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "focusOnly", "--focus")
            .description("Draw only focus elements and the elements linked to them.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "noLegend", "--no-legend")
            .description("Leave out the legend.")
            .build());
  }

  @Override
  public Integer call() {
    checkOptions();
    MapInputs.Inputs read =
        MapInputs.read(inputs, environment.stdin(), stdinName, environment.workingDirectory());
    if (output != null && read.sources().size() + read.failures().size() > 1) {
      throw usage("-o names one file, but there are several maps; use --output-dir DIR instead");
    }
    List<CheckedMap> checked = read.sources().stream().map(MapValidator::check).toList();
    Findings findings = ValidateCommand.findings("render", checked, read.failures());
    int status = ValidateCommand.exitCode(findings);
    if (status != ExitCodes.OK) {
      report(findings);
      return status;
    }
    List<SystemMap> maps = checked.stream().map(c -> c.map().orElseThrow()).toList();
    maps.forEach(this::checkLevels);
    if (stdinUsed() && output == null) {
      throw usage("a map read from standard input needs -o FILE, or -o - for standard output");
    }

    RenderFormat chosen = chosenFormat();
    checkTargets(maps, chosen);
    MapRenderer renderer;
    try {
      renderer = renderer(chosen);
    } catch (RenderException e) {
      return fail("render failed: " + e.getMessage());
    }
    if (!watch) {
      for (SystemMap map : maps) {
        status = Math.max(status, draw(map, renderer, chosen));
      }
      return status;
    }
    return watch(maps, renderer, chosen);
  }

  private void checkOptions() {
    if (output != null && outputDir != null) {
      throw usage("-o and --output-dir cannot be used together; choose one");
    }
    engineOptions.check(spec.commandLine());
    if (watch && inputs.contains("-")) {
      throw usage("--watch needs map files; standard input cannot be watched");
    }
    RenderFormat chosen = chosenFormat();
    if ("-".equals(output) && (chosen == RenderFormat.PNG || chosen == RenderFormat.PDF)) {
      throw usage(
          chosen.keyword() + " is binary and is not written to standard output; use -o FILE");
    }
  }

  private RenderFormat chosenFormat() {
    if (format != null) {
      return format;
    }
    if (output != null && !output.equals("-")) {
      return RenderFormat.ofFileName(output).orElse(RenderFormat.SVG);
    }
    return RenderFormat.SVG;
  }

  private boolean stdinUsed() {
    return inputs.contains("-");
  }

  /** Rejects a --level id the map does not have, naming the closest one. */
  private void checkLevels(SystemMap map) {
    List<String> known = map.levels().stream().map(Level::id).toList();
    for (String unknown : DotWriter.unknownLevels(map, levels)) {
      throw usage(
          map.file()
              + ": level '"
              + unknown
              + "' not found"
              + Suggestions.hint(unknown, known)
              + "; the map's levels are "
              + String.join(", ", known));
    }
  }

  private MapRenderer renderer(RenderFormat chosen) throws RenderException {
    if (chosen != RenderFormat.DOT) {
      layoutEngine =
          engineOptions.create(environment, chosen, spec.commandLine(), "use --format svg");
    }
    return new MapRenderer(layoutEngine, engineOptions.timeout());
  }

  private RenderOptions options() {
    return RenderOptions.defaults()
        .withDirection(direction)
        .withTheme(theme)
        .withLayout(layout)
        .withLegend(!noLegend)
        .withLevels(levels)
        .withFocusOnly(focusOnly);
  }

  /** Draws one map and writes the picture, returning the exit code of this map. */
  private int draw(SystemMap map, MapRenderer renderer, RenderFormat chosen) {
    if (layout == Layout.GRID && map.subsystems().isEmpty()) {
      err()
          .println(
              "simap: "
                  + map.file()
                  + ": no subsystems declared, so --layout grid draws the levels layout");
    }
    MapRenderer.Picture picture;
    try {
      picture = renderer.render(map, options(), chosen);
    } catch (RenderException e) {
      return fail(map.file() + ": render failed: " + e.getMessage());
    }
    if (verbose) {
      for (String warning : picture.warnings()) {
        err().println("simap: " + map.file() + ": Graphviz: " + warning);
      }
    }
    Optional<Path> target = target(map, chosen);
    if (target.isEmpty()) {
      PrintWriter out = spec.commandLine().getOut();
      out.print(new String(picture.content(), UTF_8));
      out.flush();
      return ExitCodes.OK;
    }
    try {
      Files.createDirectories(target.get().toAbsolutePath().getParent());
      AtomicFiles.write(target.get(), picture.content());
    } catch (IOException e) {
      return fail(
          target.get()
              + ": could not write the picture ("
              + IoErrors.reason(e)
              + "); check that the folder exists and is writable. Any previous file is unchanged.");
    }
    if (verbose || watch) {
      String by =
          chosen == RenderFormat.DOT
              ? "as DOT, no layout engine"
              : "with " + layoutEngine.description();
      err().println("simap: " + map.file() + ": rendered " + target.get() + " " + by);
      err().flush();
    }
    return ExitCodes.OK;
  }

  /** Refuses, before anything is drawn, outputs that would replace a map or each other. */
  private void checkTargets(List<SystemMap> maps, RenderFormat chosen) {
    List<Path> mapPaths =
        maps.stream()
            .filter(map -> !stdinUsed() || !map.file().equals(stdinName))
            .map(map -> environment.resolve(map.file()))
            .toList();
    Map<String, Path> targets = new LinkedHashMap<>();
    for (SystemMap map : maps) {
      Optional<Path> target = target(map, chosen);
      if (target.isPresent()) {
        OutputTargets.refusal(target.get(), mapPaths, environment.workingDirectory())
            .ifPresent(
                reason -> {
                  throw usage(reason);
                });
        targets.put(map.file(), target.get());
      }
    }
    OutputTargets.clash(targets, environment.workingDirectory())
        .ifPresent(
            reason -> {
              throw usage(reason);
            });
  }

  /** Returns where a map's picture goes, or nothing for standard output. */
  private Optional<Path> target(SystemMap map, RenderFormat chosen) {
    if (output != null) {
      return output.equals("-") ? Optional.empty() : Optional.of(environment.resolve(output));
    }
    Path mapPath = environment.resolve(map.file());
    String name = baseName(mapPath.getFileName().toString()) + "." + chosen.extension();
    Path folder = outputDir != null ? environment.resolve(outputDir) : mapPath.getParent();
    return Optional.of(folder.resolve(name));
  }

  static String baseName(String fileName) {
    for (String suffix : List.of(".simap.yaml", ".simap.yml", ".yaml", ".yml")) {
      if (fileName.endsWith(suffix) && fileName.length() > suffix.length()) {
        return fileName.substring(0, fileName.length() - suffix.length());
      }
    }
    return fileName;
  }

  /**
   * Draws each map, then again whenever its file changes, until the thread is interrupted. The
   * watch starts before the first drawing, so that no change is missed.
   */
  private int watch(List<SystemMap> maps, MapRenderer renderer, RenderFormat chosen) {
    Map<Path, String> files = new LinkedHashMap<>();
    for (String input : inputs) {
      Path path = environment.resolve(input);
      if (Files.isDirectory(path)) {
        MapInputs.read(
                List.of(input), environment.stdin(), stdinName, environment.workingDirectory())
            .sources()
            .forEach(source -> files.put(environment.resolve(source.name()), source.name()));
      } else {
        files.put(path, input);
      }
    }
    try (MapWatcher watcher = new MapWatcher(files)) {
      for (SystemMap map : maps) {
        draw(map, renderer, chosen);
      }
      err()
          .println(
              "simap: watching "
                  + files.values().stream().collect(Collectors.joining(", "))
                  + "; press Ctrl-C to stop");
      err().flush();
      watcher.run(name -> redraw(name, renderer, chosen));
    } catch (IOException e) {
      return fail("could not watch the map files (" + e + ")");
    }
    return ExitCodes.OK;
  }

  private void redraw(String name, MapRenderer renderer, RenderFormat chosen) {
    MapInputs.Inputs read =
        MapInputs.read(
            List.of(name), environment.stdin(), stdinName, environment.workingDirectory());
    List<CheckedMap> checked = read.sources().stream().map(MapValidator::check).toList();
    Findings findings = ValidateCommand.findings("render", checked, read.failures());
    if (ValidateCommand.exitCode(findings) != ExitCodes.OK) {
      report(findings);
      return;
    }
    SystemMap map = checked.get(0).map().orElseThrow();
    List<String> unknown = DotWriter.unknownLevels(map, levels);
    if (!unknown.isEmpty()) {
      err().println("simap: " + name + ": level '" + unknown.get(0) + "' not found; not drawn");
      err().flush();
      return;
    }
    draw(map, renderer, chosen);
  }

  private void report(Findings findings) {
    ReportFormat.TEXT.reporter(Terminals.style(global, environment)).write(findings, err());
  }

  private int fail(String message) {
    err().println("simap: " + message);
    err().flush();
    return ExitCodes.INPUT;
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
