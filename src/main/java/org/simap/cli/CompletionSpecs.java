package org.simap.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The rules that turn the command model into shell completions, shared by the generators so that
 * every shell completes the same way:
 *
 * <ul>
 *   <li>an option or parameter with completion candidates (an enum, or {@code
 *       completionCandidates}) completes those words, so enums show their lowercase {@code
 *       toString()};
 *   <li>an option of type {@link Path} or {@link File} completes any file;
 *   <li>any other positional parameter completes map files ({@code *.simap.yaml}, {@code
 *       *.simap.yml}) and folders, because every simap command takes maps as its parameters;
 *   <li>any other option value is free text, with no completion.
 * </ul>
 */
final class CompletionSpecs {

  /** The shell patterns of map files, which every completion offers for positional parameters. */
  static final List<String> MAP_SUFFIXES = List.of(".simap.yaml", ".simap.yml");

  private CompletionSpecs() {}

  /** A command and the words that lead to it, such as {@code [simap, validate]}. */
  record Command(List<String> path, CommandSpec spec) {
    String name() {
      return path.get(path.size() - 1);
    }

    boolean isRoot() {
      return path.size() == 1;
    }
  }

  /** Returns the command and its visible subcommands, depth first, in registration order. */
  static List<Command> commands(CommandLine root) {
    List<Command> out = new ArrayList<>();
    collect(List.of(root.getCommandName()), root.getCommandSpec(), out);
    return out;
  }

  private static void collect(List<String> path, CommandSpec spec, List<Command> out) {
    out.add(new Command(path, spec));
    for (CommandLine sub : visibleSubcommands(spec)) {
      List<String> next = new ArrayList<>(path);
      next.add(sub.getCommandName());
      collect(List.copyOf(next), sub.getCommandSpec(), out);
    }
  }

  /** Returns the subcommands shown in help, each once (aliases share one entry). */
  static List<CommandLine> visibleSubcommands(CommandSpec spec) {
    List<CommandLine> out = new ArrayList<>();
    for (CommandLine sub : spec.subcommands().values()) {
      if (!sub.getCommandSpec().usageMessage().hidden() && !out.contains(sub)) {
        out.add(sub);
      }
    }
    return out;
  }

  static List<OptionSpec> visibleOptions(CommandSpec spec) {
    return spec.options().stream().filter(option -> !option.hidden()).toList();
  }

  static List<PositionalParamSpec> visiblePositionals(CommandSpec spec) {
    return spec.positionalParameters().stream().filter(p -> !p.hidden()).toList();
  }

  static boolean takesValue(OptionSpec option) {
    return option.arity().max() > 0;
  }

  /** Returns the closed set of words the value may take, or an empty list for an open value. */
  static List<String> candidates(ArgSpec arg) {
    List<String> words = new ArrayList<>();
    if (arg.completionCandidates() != null) {
      arg.completionCandidates().forEach(words::add);
    }
    return words;
  }

  static boolean takesAnyFile(ArgSpec arg) {
    return candidates(arg).isEmpty()
        && (Path.class.isAssignableFrom(arg.type()) || File.class.isAssignableFrom(arg.type()));
  }

  /** Returns whether a positional parameter completes map files and folders. */
  static boolean takesMapFiles(PositionalParamSpec positional) {
    return candidates(positional).isEmpty();
  }

  /** Returns the first sentence of a description, for the short help that shells show. */
  static String summary(String[] description) {
    String text = String.join(" ", description).replaceAll("\\s+", " ").strip();
    int end = text.indexOf(". ");
    if (end >= 0) {
      text = text.substring(0, end);
    }
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  /** Returns an option's first sentence, with the candidates and the default value filled in. */
  static String summary(ArgSpec arg) {
    String candidates = String.join(", ", candidates(arg));
    String defaultValue = arg.defaultValue() == null ? "" : arg.defaultValue();
    String[] description = arg.description().clone();
    for (int i = 0; i < description.length; i++) {
      description[i] =
          description[i]
              .replace("${COMPLETION-CANDIDATES}", candidates)
              .replace("${DEFAULT-VALUE}", defaultValue);
    }
    return summary(description);
  }

  static String summary(CommandSpec spec) {
    return summary(spec.usageMessage().description());
  }
}
