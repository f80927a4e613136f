package org.simap.cli;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ScopeType;

/** Options that every subcommand accepts. */
final class GlobalOptions {

  /** When to colour output. */
  enum ColourMode {
    AUTO,
    ALWAYS,
    NEVER;

    /** Returns the word used on the command line, which help and shell completions show. */
    @Override
    public String toString() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  boolean stacktrace;

  ColourMode colour = ColourMode.AUTO;

  /** Declares the options on the top command, from which every subcommand inherits them. */
  void addTo(CommandSpec spec) {
    spec.addOption(
        CommandSpecs.option(this, "stacktrace", "--stacktrace")
            .scopeType(ScopeType.INHERIT)
            .description("Print the Java stack trace of an internal error (for bug reports).")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "colour", "--color")
            .scopeType(ScopeType.INHERIT)
            .paramLabel("WHEN")
            .defaultValue("auto")
            .converters(new ColourModeConverter())
            .description(
                "Colour the output: auto (on a terminal, unless NO_COLOR is set), always or"
                    + " never. Default: ${DEFAULT-VALUE}.")
            .build());
  }

  /** Accepts the lowercase words shown in help. */
  static final class ColourModeConverter implements picocli.CommandLine.ITypeConverter<ColourMode> {
    @Override
    public ColourMode convert(String value) {
      try {
        return ColourMode.valueOf(value.toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "expected auto, always or never, found '" + value + "'");
      }
    }
  }
}
