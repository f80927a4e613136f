package org.simap.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.simap.init.MapTemplate;
import org.simap.io.MapInputs;
import org.simap.io.OutputFiles;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Creates a new map file that walks through the four steps of the method. */
final class InitCommand implements Callable<Integer> {

  private final Environment environment;

  String file;

  String title;

  String problem;

  List<String> levels = new ArrayList<>(MapTemplate.DEFAULT_LEVELS);

  private CommandSpec spec;

  InitCommand(Environment environment) {
    this.environment = environment;
  }

  /** Declares the command line of {@code simap init}. */
  CommandSpec commandSpec() {
    spec = CommandSpecs.command("init", this);
    spec.usageMessage()
        .description(
            "Create a new map file to fill in.",
            "Comments walk through the four steps of the method: the problem and its",
            "root causes, the elements at each level, links and challenges across",
            "levels, and the analysis. The placeholder entries already form a valid map.",
            "An existing file is never replaced: init then exits with 1 and changes nothing.");
    spec.addPositional(
        CommandSpecs.positional(this, "file", "1")
            .paramLabel("FILE")
            .description(
                "The map file to create, such as course-failure.simap.yaml, or - for standard"
                    + " output.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "title", "--title")
            .paramLabel("TEXT")
            .description("The map's title. Default: made from the file name.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "problem", "--problem")
            .paramLabel("TEXT")
            .description("The problem or challenge area. Default: a placeholder to replace.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "levels", "--levels")
            .paramLabel("ID")
            .splitRegex(",")
            .description(
                "Level ids, comma-separated, closest to the problem first. Level names are made"
                    + " from the ids. Default: classroom,school,district.")
            .build());
    return spec;
  }

  @Override
  public Integer call() {
    boolean toStdout = file.equals("-");
    MapTemplate template = template(toStdout);
    PrintWriter err = spec.commandLine().getErr();
    if (toStdout) {
      spec.commandLine().getOut().print(template.yaml());
      spec.commandLine().getOut().flush();
      return ExitCodes.OK;
    }

    Path target = environment.resolve(file);
    try {
      OutputFiles.write(target, template.yaml(), OutputFiles.Existing.KEEP);
    } catch (FileAlreadyExistsException e) {
      err.println(
          "simap: "
              + file
              + ": file already exists; init never replaces a file, so choose another name");
      err.flush();
      return ExitCodes.INVALID;
    } catch (NoSuchFileException e) {
      err.println("simap: " + file + ": folder not found; create the folder first");
      err.flush();
      return ExitCodes.INPUT;
    } catch (IOException e) {
      err.println("simap: " + file + ": could not write the file: " + e);
      err.flush();
      return ExitCodes.INPUT;
    }

    if (!MapInputs.isMapFile(target)) {
      err.println(
          "simap: warning: "
              + file
              + " does not end in .simap.yaml or .simap.yml, so commands given a folder"
              + " will not find it");
    }
    err.println(
        "simap: created "
            + file
            + "; replace the placeholders, then run 'simap validate "
            + file
            + "'");
    err.flush();
    return ExitCodes.OK;
  }

  private MapTemplate template(boolean toStdout) {
    Path name = toStdout ? null : environment.resolve(file).getFileName();
    String fileName = name == null ? "" : name.toString();
    try {
      return new MapTemplate(
          title != null ? title : MapTemplate.titleFromFileName(fileName),
          Optional.ofNullable(problem),
          levels);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }
}
