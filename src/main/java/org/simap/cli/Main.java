package org.simap.cli;

/** The {@code simap} command-line entry point. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int exitCode;
    try {
      exitCode = Simap.commandLine(Environment.system()).execute(args);
    } catch (OutOfMemoryError e) {
      // The failed command's objects are unreachable once the stack has unwound, so there is
      // memory again to print one line.
      long maxHeap = Runtime.getRuntime().maxMemory() / (1024 * 1024);
      System.err.println(
          "simap: failed: out of memory with a maximum heap of "
              + maxHeap
              + " MiB; split the map, or allow more with SIMAP_JAVA_OPTS=-Xmx2g");
      exitCode = ExitCodes.INPUT;
    }
    System.exit(exitCode);
  }
}
