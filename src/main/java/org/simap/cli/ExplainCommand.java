package org.simap.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.simap.lint.LintRule;
import org.simap.lint.RuleOption;
import org.simap.lint.Rules;
import org.simap.model.Suggestions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Prints the documentation of one lint rule. */
final class ExplainCommand implements Callable<Integer> {

  String rule;

  private CommandSpec spec;

  /** Declares the command line of {@code simap explain}. */
  CommandSpec commandSpec() {
    spec = CommandSpecs.command("explain", this);
    spec.usageMessage()
        .header("Explain one lint rule, with a map fragment it reports and the fix.")
        .description(
            "Print what a lint rule finds and why, its options, and a map fragment it reports with",
            "the same fragment fixed. 'simap lint --list-rules' lists the rules.");
    spec.addPositional(
        CommandSpecs.positional(this, "rule", "1")
            .paramLabel("RULE")
            .description("The id of a lint rule, such as empty-level.")
            .build());
    return spec;
  }

  @Override
  public Integer call() {
    LintRule found =
        Rules.find(rule)
            .orElseThrow(
                () ->
                    new ParameterException(
                        spec.commandLine(),
                        "unknown rule '"
                            + rule
                            + "'"
                            + Suggestions.hint(rule, Rules.ids())
                            + "; 'simap lint --list-rules' lists the rules"));

    PrintWriter out = spec.commandLine().getOut();
    out.println(found.id() + " (default severity: " + found.defaultSeverity().keyword() + ")");
    out.println();
    out.println("Finds " + found.description() + ".");
    out.println();
    out.println(wrap(found.rationale(), 80));
    out.println();

    if (found.options().isEmpty()) {
      out.println("Options: none; only 'severity' can be set.");
    } else {
      out.println("Options (in .simap.yaml under rules: " + found.id() + ":):");
      for (RuleOption<?> option : found.options()) {
        out.println(
            "  "
                + option.name()
                + ": "
                + option.description()
                + " (default: "
                + option.defaultText()
                + ")");
      }
    }
    if (!found.waivable()) {
      out.println();
      out.println("A waiver in the map cannot suppress this rule.");
    }

    out.println();
    out.println("Reported:");
    out.print(indent(found.badExample()));
    out.println();
    out.println("Not reported:");
    out.print(indent(found.goodExample()));
    out.flush();
    return ExitCodes.OK;
  }

  private static String indent(String text) {
    StringBuilder out = new StringBuilder();
    text.lines().forEach(line -> out.append(line.isEmpty() ? "" : "  " + line).append('\n'));
    return out.toString();
  }

  /** Breaks a paragraph into lines of at most {@code width} characters, at spaces. */
  static String wrap(String text, int width) {
    StringBuilder out = new StringBuilder();
    int lineLength = 0;
    for (String word : text.trim().split("\\s+")) {
      if (lineLength > 0 && lineLength + 1 + word.length() > width) {
        out.append('\n');
        lineLength = 0;
      } else if (lineLength > 0) {
        out.append(' ');
        lineLength++;
      }
      out.append(word);
      lineLength += word.length();
    }
    return out.toString();
  }
}
