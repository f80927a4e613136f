package org.simap.render.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Graphviz installed on the machine: runs its {@code dot} program for each render, with the DOT
 * text on standard input and the output read from standard output. It starts {@code dot} directly,
 * with no shell and no temporary files.
 */
public final class NativeDot implements LayoutEngine {

  /** The environment variable that names the {@code dot} program to use instead of PATH's. */
  public static final String DOT_VARIABLE = "SIMAP_DOT";

  private static final String INSTALL_HINT =
      "install Graphviz (for example `apt-get install graphviz`) or use --engine embedded";
  private static final Duration VERSION_TIMEOUT = Duration.ofSeconds(10);
  private static final Pattern VERSION = Pattern.compile("version\\s+(\\S+)");

  private final Path executable;
  private String version;

  private NativeDot(Path executable) {
    this.executable = executable;
  }

  /**
   * Finds {@code dot}: at the path in the environment variable {@value #DOT_VARIABLE} if it is set,
   * otherwise in the directories of PATH.
   *
   * @throws RenderException if {@code dot} is not there
   */
  public static NativeDot locate() throws RenderException {
    return locate(System.getenv());
  }

  static NativeDot locate(Map<String, String> environment) throws RenderException {
    String configured = environment.get(DOT_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      Path path = toPath(configured, DOT_VARIABLE);
      if (!isExecutableFile(path)) {
        throw new RenderException(
            "Graphviz 'dot' not found at "
                + configured
                + " (set in "
                + DOT_VARIABLE
                + "): correct "
                + DOT_VARIABLE
                + ", "
                + INSTALL_HINT);
      }
      return new NativeDot(path);
    }

    String searchPath = environment.getOrDefault("PATH", "");
    for (String directory : searchPath.split(Pattern.quote(File.pathSeparator))) {
      if (directory.isEmpty()) {
        continue;
      }
      for (String name : executableNames()) {
        Path candidate;
        try {
          candidate = Path.of(directory, name);
        } catch (InvalidPathException e) {
          continue;
        }
        if (isExecutableFile(candidate)) {
          return new NativeDot(candidate);
        }
      }
    }
    throw new RenderException("Graphviz 'dot' not found on PATH: " + INSTALL_HINT);
  }

  /**
   * Uses the {@code dot} program at the given path.
   *
   * @throws RenderException if there is no executable file at the path
   */
  public static NativeDot at(Path executable) throws RenderException {
    Objects.requireNonNull(executable, "executable");
    if (!isExecutableFile(executable)) {
      throw new RenderException(
          "Graphviz 'dot' not found at " + executable + ": correct the path, " + INSTALL_HINT);
    }
    return new NativeDot(executable);
  }

  public Path executable() {
    return executable;
  }

  @Override
  public Rendered render(String dot, OutputFormat format, Duration timeout) throws RenderException {
    Objects.requireNonNull(dot, "dot");
    Objects.requireNonNull(format, "format");

    ProcessRunner.Result result =
        run(
            List.of("-T" + format.graphvizName()),
            dot.getBytes(UTF_8),
            timeout,
            "render a smaller map or raise the timeout");
    List<String> messages = lines(result.error());
    if (result.exitCode() != 0) {
      String reason = messages.isEmpty() ? "no error message" : messages.get(0);
      throw new RenderException(
          "Graphviz 'dot' failed with exit code " + result.exitCode() + ": " + reason);
    }
    return new Rendered(format, result.output(), warnings(messages));
  }

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.allOf(OutputFormat.class);
  }

  /**
   * Returns the version that {@code dot -V} prints, for example {@code 2.43.0}.
   *
   * @throws RenderException if {@code dot} cannot be run or prints no version
   */
  public synchronized String graphvizVersion() throws RenderException {
    if (version == null) {
      ProcessRunner.Result result =
          run(List.of("-V"), new byte[0], VERSION_TIMEOUT, "check that it is Graphviz's dot");
      // dot prints its version to standard error, for example "dot - graphviz version 2.43.0 (0)".
      String banner = new String(result.error(), UTF_8) + new String(result.output(), UTF_8);
      Matcher matcher = VERSION.matcher(banner);
      if (result.exitCode() != 0 || !matcher.find()) {
        throw new RenderException(
            "Graphviz 'dot' at " + executable + " printed no version for -V: " + INSTALL_HINT);
      }
      version = matcher.group(1);
    }
    return version;
  }

  @Override
  public String description() {
    try {
      return "dot " + graphvizVersion() + " at " + executable;
    } catch (RenderException e) {
      return "dot (version unknown: " + e.getMessage() + ") at " + executable;
    }
  }

  /** Runs dot with the arguments; a timeout message ends with {@code timeoutAdvice}. */
  private ProcessRunner.Result run(
      List<String> arguments, byte[] input, Duration timeout, String timeoutAdvice)
      throws RenderException {
    List<String> command = new ArrayList<>();
    command.add(executable.toString());
    command.addAll(arguments);
    try {
      return ProcessRunner.run(command, input, Timeouts.toNanos(timeout));
    } catch (ProcessRunner.Timeout e) {
      throw new RenderException(
          "Graphviz 'dot' timed out after "
              + Timeouts.format(timeout)
              + " and was stopped: "
              + timeoutAdvice);
    } catch (IOException e) {
      throw new RenderException(
          "Running Graphviz 'dot' at "
              + executable
              + " failed ("
              + e.getMessage()
              + "): "
              + INSTALL_HINT,
          e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new RenderException("The render was interrupted", e);
    }
  }

  /** Returns the non-blank lines of dot's standard error, without trailing whitespace. */
  private static List<String> lines(byte[] error) {
    return new String(error, UTF_8)
        .lines()
        .map(String::stripTrailing)
        .filter(l -> !l.isBlank())
        .toList();
  }

  /** Returns dot's messages with the {@code "Warning: "} prefix removed. */
  private static List<String> warnings(List<String> messages) {
    return messages.stream()
        .map(line -> line.startsWith("Warning: ") ? line.substring("Warning: ".length()) : line)
        .toList();
  }

  private static Path toPath(String text, String source) throws RenderException {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new RenderException(
          "Graphviz 'dot' path "
              + text
              + " (set in "
              + source
              + ") is not a valid path: "
              + INSTALL_HINT);
    }
  }

  private static boolean isExecutableFile(Path path) {
    return Files.isRegularFile(path) && Files.isExecutable(path);
  }

  private static List<String> executableNames() {
    boolean windows = System.getProperty("os.name", "").startsWith("Windows");
    return windows ? List.of("dot.exe", "dot") : List.of("dot");
  }
}
