package org.simap.cli;

import picocli.CommandLine.Option;
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

  @Option(
      names = "--stacktrace",
      scope = ScopeType.INHERIT,
      description = "Print the Java stack trace of an internal error (for bug reports).")
  boolean stacktrace;

  @Option(
      names = "--color",
      scope = ScopeType.INHERIT,
      paramLabel = "WHEN",
      defaultValue = "auto",
      converter = ColourModeConverter.class,
      description =
          "Colour the output: auto (on a terminal, unless NO_COLOR is set), always or never. Default: ${DEFAULT-VALUE}.")
  ColourMode colour = ColourMode.AUTO;

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
