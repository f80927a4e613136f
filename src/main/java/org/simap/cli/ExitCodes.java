package org.simap.cli;

/** The exit codes of every simap command, documented in the README and in {@code --help}. */
public final class ExitCodes {

  /** Everything checked is valid, or the command did what was asked. */
  public static final int OK = 0;

  /** At least one map is invalid, or has findings at or above the --fail-on level. */
  public static final int INVALID = 1;

  /** The command line is wrong: an unknown option, a missing argument, a bad value. */
  public static final int USAGE = 2;

  /** An input could not be read or an output could not be written. */
  public static final int INPUT = 3;

  /** A bug in simap. */
  public static final int INTERNAL = 4;

  /** The exit code list shown at the end of every command's help. */
  static final String[] HELP_FOOTER = {
    "",
    "Exit codes:",
    "  0  success",
    "  1  a map is invalid or has findings at the --fail-on level",
    "  2  the command line is wrong",
    "  3  an input could not be read or an output could not be written",
    "  4  internal error (a bug in simap; rerun with --stacktrace and report it)",
  };

  private ExitCodes() {}
}
