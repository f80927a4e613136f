package org.simap.cli;

/** The {@code simap} command-line entry point. */
public final class Main {

  private Main() {}

  public static void main(String[] args) {
    int exitCode;
    try {
      Simap.excludeUnusedConverters();
      picocli.CommandLine commandLine = Simap.commandLine(Environment.system(), args);
      exitCode = commandLine.execute(args);
      // PrintWriter hides write errors, so a full disk or a closed pipe is found only here.
      if (commandLine.getOut().checkError() || System.out.checkError()) {
        System.err.println(
            "simap: failed to write the output: standard output is closed or the disk is full");
        exitCode = ExitCodes.INPUT;
      }
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
