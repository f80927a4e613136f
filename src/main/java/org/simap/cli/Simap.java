package org.simap.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import org.simap.export.ExportFormat;
import org.simap.model.Suggestions;
import org.simap.render.Direction;
import org.simap.render.Layout;
import org.simap.render.RenderFormat;
import org.simap.render.Theme;
import org.simap.report.DiffFormat;
import org.simap.report.ReportFormat;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds the {@code simap} command line: the commands, the error handlers and the exit codes. */
public final class Simap {

  private Simap() {}

  /** The subcommands in the order that help lists them. */
  static final List<String> SUBCOMMANDS =
      List.of(
          "validate", "lint", "explain", "render", "diff", "init", "export", "schema", "git-diff");

  /**
   * The picocli property that names, as regular expressions, the types whose built-in converters
   * picocli leaves out.
   */
  static final String CONVERTER_EXCLUDES = "picocli.converters.excludes";

  /**
   * The types whose converters simap leaves out: picocli registers the converters of java.time and
   * java.sql types by reflection whenever it makes a command line, which loads and initialises
   * those classes (java.sql's DriverManager searches the class path for database drivers). That was
   * about 4 ms of every start on a 2-core machine. No simap option has such a type.
   */
  static final String UNUSED_CONVERTERS = "java\\.(sql|time)\\..*";

  /** Leaves out the converters that no option uses, unless the property is set already. */
  static void excludeUnusedConverters() {
    if (System.getProperty(CONVERTER_EXCLUDES) == null) {
      System.setProperty(CONVERTER_EXCLUDES, UNUSED_CONVERTERS);
    }
  }

  /** Creates the command line for one environment, with every subcommand. */
  public static CommandLine commandLine(Environment environment) {
    return commandLine(environment, SUBCOMMANDS);
  }

  /**
   * Creates the command line for one run. When the arguments name a subcommand, after any of the
   * options that every command accepts, only that subcommand is built, because each command costs
   * picocli a {@link CommandLine} whose type converters it looks up by reflection. For other
   * arguments, such as {@code --help} or a misspelt name, every subcommand is built.
   */
  public static CommandLine commandLine(Environment environment, String[] args) {
    Optional<String> named = subcommandNamed(args);
    return commandLine(environment, named.map(List::of).orElse(SUBCOMMANDS));
  }

  /** Returns the subcommand that the arguments name after the global options, if any. */
  static Optional<String> subcommandNamed(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      if (arg.equals("--color")) {
        i++;
      } else if (!arg.equals("--stacktrace") && !arg.startsWith("--color=")) {
        return SUBCOMMANDS.contains(arg) ? Optional.of(arg) : Optional.empty();
      }
    }
    return Optional.empty();
  }

  private static CommandLine commandLine(Environment environment, List<String> subcommands) {
    SimapCommand top = new SimapCommand();
    CommandSpec topSpec = top.commandSpec();
    CommandSpecs.addStandardHelpOptions(topSpec);
    CommandLine commandLine = new CommandLine(topSpec);
    for (String name : subcommands) {
      CommandSpec spec = subcommand(name, environment, top.global);
      CommandSpecs.addStandardHelpOptions(spec);
      commandLine.addSubcommand(name, spec);
    }
    // Converters apply to the subcommands added so far, so they are registered last.
    KeywordConverter.register(commandLine, ReportFormat.class);
    KeywordConverter.register(commandLine, FailLevel.class);
    KeywordConverter.register(commandLine, RenderFormat.class);
    KeywordConverter.register(commandLine, Direction.class);
    KeywordConverter.register(commandLine, Theme.class);
    KeywordConverter.register(commandLine, Layout.class);
    KeywordConverter.register(commandLine, EngineChoice.class);
    KeywordConverter.register(commandLine, DiffFormat.class);
    KeywordConverter.register(commandLine, ExportFormat.class);
    addFooter(commandLine);
    commandLine.setParameterExceptionHandler(new UsageErrors());
    commandLine.setExecutionExceptionHandler(new InternalErrors());
    commandLine.setColorScheme(
        CommandLine.Help.defaultColorScheme(
            environment.colourByDefault() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    // UTF-8 whatever the locale, so that names in any script and marks such as → print intact.
    commandLine.setOut(new PrintWriter(new Utf8Writer(System.out), true));
    commandLine.setErr(new PrintWriter(new Utf8Writer(System.err), true));
    return commandLine;
  }

  private static CommandSpec subcommand(
      String name, Environment environment, GlobalOptions global) {
    return switch (name) {
      case "validate" -> new ValidateCommand(environment, global).commandSpec();
      case "lint" -> new LintCommand(environment, global).commandSpec();
      case "explain" -> new ExplainCommand().commandSpec();
      case "render" -> new RenderCommand(environment, global).commandSpec();
      case "diff" -> new DiffCommand(environment, global).commandSpec();
      case "init" -> new InitCommand(environment).commandSpec();
      case "export" -> new ExportCommand(environment, global).commandSpec();
      case "schema" -> new SchemaCommand().commandSpec();
      case "git-diff" -> new GitDiffCommand(environment, global).commandSpec();
      default -> throw new IllegalArgumentException("no subcommand " + name);
    };
  }

  private static void addFooter(CommandLine commandLine) {
    String[] footer = commandLine.getCommandSpec().usageMessage().footer();
    String[] combined = new String[footer.length + ExitCodes.HELP_FOOTER.length];
    System.arraycopy(ExitCodes.HELP_FOOTER, 0, combined, 0, ExitCodes.HELP_FOOTER.length);
    System.arraycopy(footer, 0, combined, ExitCodes.HELP_FOOTER.length, footer.length);
    commandLine.getCommandSpec().usageMessage().footer(combined);
    commandLine.getSubcommands().values().forEach(Simap::addFooter);
  }

  // The two handlers are classes rather than lambdas because picocli's interfaces are compiled for
  // Java 5. JDK 17's class data archive cannot store a lambda that implements such an interface,
  // so the lambda and the interface would be loaded from the jar on every start.

  /** Prints a usage mistake as one line with a pointer to help, and exits with 2. */
  private static final class UsageErrors implements IParameterExceptionHandler {
    @Override
    public int handleParseException(ParameterException e, String[] args) {
      CommandLine command = e.getCommandLine();
      PrintWriter err = command.getErr();
      err.println("simap: " + e.getMessage() + hint(e));
      err.println("Run '" + command.getCommandSpec().qualifiedName() + " --help' for usage.");
      err.flush();
      return ExitCodes.USAGE;
    }
  }

  /**
   * Returns the subcommand or option closest to a misspelt one, as a hint to end the message, or an
   * empty string. Picocli's own suggestions list up to three names even when none is close.
   */
  static String hint(ParameterException e) {
    if (!(e instanceof UnmatchedArgumentException unmatched)
        || unmatched.getUnmatched().isEmpty()) {
      return "";
    }
    String typed = unmatched.getUnmatched().get(0);
    CommandSpec spec = e.getCommandLine().getCommandSpec();
    if (typed.startsWith("-")) {
      String name = typed.contains("=") ? typed.substring(0, typed.indexOf('=')) : typed;
      return Suggestions.hint(name, spec.optionsMap().keySet());
    }
    return Suggestions.hint(typed, spec.subcommands().keySet());
  }

  /** Reports an unexpected exception as a bug: one line, the trace only with --stacktrace. */
  private static final class InternalErrors implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine command, ParseResult parsed) {
      PrintWriter err = command.getErr();
      err.println(
          "simap: internal error: "
              + e
              + ". This is a bug in simap; please report it with the command you ran"
              + (wantsStacktrace(parsed) ? "." : " and the output of --stacktrace."));
      if (wantsStacktrace(parsed)) {
        e.printStackTrace(err);
      }
      err.flush();
      return ExitCodes.INTERNAL;
    }
  }

  private static boolean wantsStacktrace(ParseResult parsed) {
    for (ParseResult result = parsed; result != null; result = result.subcommand()) {
      if (result.hasMatchedOption("--stacktrace")) {
        return true;
      }
    }
    return false;
  }
}
