package org.simap.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.simap.io.MapInputs;
import org.simap.io.MapSource;
import org.simap.lint.ConfigResolver;
import org.simap.lint.Coverage;
import org.simap.lint.LintRule;
import org.simap.lint.MapLinter;
import org.simap.lint.Rules;
import org.simap.model.Diagnostic;
import org.simap.model.RuleDescriptor;
import org.simap.report.CoverageTable;
import org.simap.report.Findings;
import org.simap.report.ReportFormat;
import org.simap.report.TextReporter;
import org.simap.validate.ValidationChecks;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Validates maps, then checks the valid ones against the practice of system improvement maps. */
final class LintCommand implements Callable<Integer> {

  private final Environment environment;
  private final GlobalOptions global;

  final CheckOptions check = new CheckOptions();

  Optional<String> config = Optional.empty();

  String stdinName = "<stdin>";

  boolean listRules;

  boolean coverage;

  private CommandSpec spec;

  LintCommand(Environment environment, GlobalOptions global) {
    this.environment = environment;
    this.global = global;
  }

  /** Declares the command line of {@code simap lint}. */
  CommandSpec commandSpec() {
    spec = CommandSpecs.command("lint", this);
    spec.usageMessage()
        .header("Validate maps, then check the valid ones for gaps in the analysis.")
        .description(
            "Validate maps, then check the valid ones for gaps in the analysis:",
            "levels without norms, focus entries without elements, old evidence,",
            "personal data and more. Rules are set in .simap.yaml beside or above",
            "the maps, or with --config (see docs/lint.md). A mistake in that file",
            "is a usage error and exits with 2.");
    check.addTo(spec);
    spec.addOption(
        CommandSpecs.option(this, "config", "--config")
            .paramLabel("FILE")
            .description(
                "Read rule settings from this file for every map, instead of the nearest"
                    + " .simap.yaml.")
            .build());
    spec.addOption(
        CommandSpecs.stdinName(
            this,
            "The name of standard input in messages; its folder is where .simap.yaml is"
                + " searched. Default: ${DEFAULT-VALUE}."));
    spec.addOption(
        CommandSpecs.option(this, "listRules", "--list-rules")
            .description("Print each rule's id, default severity and description, and exit.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "coverage", "--coverage")
            .description(
                "Also print, for each valid map, a table of element counts by level and type (and"
                    + " by subsystem when the map has subsystems). Only with --format text.")
            .build());
    return spec;
  }

  @Override
  public Integer call() {
    if (listRules) {
      printRules(spec.commandLine().getOut());
      return ExitCodes.OK;
    }
    if (coverage && check.format != ReportFormat.TEXT) {
      throw new ParameterException(
          spec.commandLine(),
          "--coverage prints a text table and works only with --format text, not " + check.format);
    }

    // Today's date needs the time zone, which the JVM reads from its time zone database: about 5
    // ms,
    // spent while the maps are read.
    CompletableFuture<LocalDate> date =
        CompletableFuture.supplyAsync(() -> LocalDate.now(environment.clock()));
    List<String> arguments = check.arguments();
    MapInputs.Inputs read =
        MapInputs.read(arguments, environment.stdin(), stdinName, environment.workingDirectory());
    ConfigResolver resolver =
        config
            .map(file -> ConfigResolver.fixed(environment.workingDirectory(), file))
            .orElseGet(() -> ConfigResolver.discover(environment.workingDirectory()));
    ConfigResolver.Resolved settings =
        resolver.resolve(read.sources().stream().map(MapSource::name).toList());
    if (!settings.errors().isEmpty()) {
      return configurationError(settings.errors());
    }

    LocalDate today = date.join();
    // Each map is reduced to its findings, and its coverage when asked for, as soon as it is
    // linted, so that a run over many maps does not hold them all.
    List<Linted> linted =
        MapLinter.lintAll(
            read.sources(),
            settings.settings(),
            today,
            map ->
                new Linted(
                    ValidateCommand.outcome(map),
                    coverage ? map.map().map(Coverage::of) : Optional.empty()));
    if (coverage) {
      PrintWriter out = spec.commandLine().getOut();
      linted.stream()
          .flatMap(result -> result.coverage().stream())
          .forEach(table -> CoverageTable.write(table, out));
    }

    Findings findings =
        ValidateCommand.gather(
            "lint", linted.stream().map(Linted::outcome).toList(), read.failures());
    Reports.write(
        spec.commandLine(),
        check.format,
        Reports.context(global, environment, descriptors(), check.failOn),
        findings);
    return Reports.exitCode(findings, check.failOn);
  }

  /** The findings of one linted map, and its coverage when --coverage asks for it. */
  private record Linted(ValidateCommand.Outcome outcome, Optional<Coverage> coverage) {}

  /** Lists every lint rule and then every validation check, for the rule list of SARIF. */
  private static List<RuleDescriptor> descriptors() {
    List<RuleDescriptor> rules = new ArrayList<>();
    Rules.all().forEach(rule -> rules.add(Rules.descriptor(rule)));
    rules.addAll(ValidationChecks.all());
    return rules;
  }

  private int configurationError(List<Diagnostic> errors) {
    PrintWriter err = spec.commandLine().getErr();
    TextReporter text = new TextReporter(Terminals.style(global, environment));
    errors.stream().sorted().forEach(error -> err.println(text.format(error)));
    err.println(
        "simap: invalid lint configuration; fix it, or pass another file with --config."
            + " 'simap explain RULE' lists a rule's options.");
    err.flush();
    return ExitCodes.USAGE;
  }

  private static void printRules(PrintWriter out) {
    int width = Rules.ids().stream().mapToInt(String::length).max().orElse(0);
    out.printf("%-" + width + "s  %-7s  %s%n", "rule", "default", "description");
    for (LintRule rule : Rules.all()) {
      out.printf(
          "%-" + width + "s  %-7s  %s%n",
          rule.id(),
          rule.defaultSeverity().keyword(),
          rule.description());
    }
    out.flush();
  }
}
