package org.simap.cli;

/** The {@code simap} command-line entry point. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    System.exit(Simap.commandLine(Environment.system()).execute(args));
  }
}
