package org.simap.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top command, which lists the subcommands and declares the options they share. */
@Command(
    name = "simap",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Validate, lint, diff and render system improvement maps kept as YAML files.",
      "",
      "A system improvement map records, for one problem, the organizational levels",
      "involved and the structures, processes and norms at each level that influence it."
    })
final class SimapCommand implements Runnable {

  @Mixin GlobalOptions global = new GlobalOptions();

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "missing command; try 'simap validate FILE'");
  }
}
