package org.simap.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine;

/** Runs simap in this JVM with captured output, a fixed clock and a chosen working folder. */
public final class CliRunner {

  /** The instant every in-process run uses as now, so that date-based findings are stable. */
  public static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  private final Path workingDirectory;
  private final Map<String, String> variables = new HashMap<>();
  private String stdin = "";
  private boolean terminal;

  public CliRunner(Path workingDirectory) {
    this.workingDirectory = workingDirectory;
  }

  public CliRunner stdin(String text) {
    this.stdin = text;
    return this;
  }

  public CliRunner variable(String name, String value) {
    variables.put(name, value);
    return this;
  }

  public CliRunner terminal(boolean terminal) {
    this.terminal = terminal;
    return this;
  }

  /** The exit code and everything written to standard output and standard error. */
  public record Result(int exitCode, String out, String err) {}

  public Result run(String... args) {
    Environment environment =
        new Environment(
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            variables,
            terminal,
            Clock.fixed(NOW, ZoneOffset.UTC),
            workingDirectory);
    CommandLine commandLine = Simap.commandLine(environment);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    commandLine.setOut(new PrintWriter(out, true));
    commandLine.setErr(new PrintWriter(err, true));
    int exitCode = commandLine.execute(args);
    return new Result(exitCode, out.toString(), err.toString());
  }
}
