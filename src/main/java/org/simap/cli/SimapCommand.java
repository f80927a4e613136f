package org.simap.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The top command, which lists the subcommands and declares the options they share. */
final class SimapCommand implements Runnable {

  final GlobalOptions global = new GlobalOptions();

  private CommandSpec spec;

  /** Declares the command line of {@code simap} without its subcommands. */
  CommandSpec commandSpec() {
    spec = CommandSpecs.command("simap", this);
    spec.usageMessage()
        .description(
            "Validate, lint, diff and render system improvement maps kept as YAML files.",
            "",
            "A system improvement map records, for one problem, the organizational levels",
            "involved and the structures, processes and norms at each level that influence it.");
    global.addTo(spec);
    return spec;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command; try 'simap validate FILE'");
  }
}
