package org.simap.cli;

import static java.util.Objects.requireNonNull;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

/**
 * The process context a command reads: standard input, environment variables, whether output goes
 * to a terminal, the clock and the working folder. Tests pass their own.
 */
public record Environment(
    InputStream stdin,
    Map<String, String> variables,
    boolean terminal,
    Clock clock,
    Path workingDirectory) {

  public Environment {
    requireNonNull(stdin, "stdin");
    variables = Map.copyOf(variables);
    requireNonNull(clock, "clock");
    requireNonNull(workingDirectory, "workingDirectory");
  }

  /** Returns the environment of this process. */
  public static Environment system() {
    return new Environment(
        System.in,
        System.getenv(),
        System.console() != null,
        new DefaultZoneClock(),
        Path.of("").toAbsolutePath());
  }

  /**
   * Returns whether colour is wanted: on a terminal, never when NO_COLOR is set or TERM is dumb.
   */
  public boolean colourByDefault() {
    String noColour = variables.get("NO_COLOR");
    boolean dumb = "dumb".equals(variables.get("TERM"));
    return terminal && !dumb && (noColour == null || noColour.isEmpty());
  }

  /**
   * The system clock in the default time zone, which it looks up on first use. {@link
   * Clock#systemDefaultZone()} looks the zone up at once, reading the time zone database, which
   * took 5 to 10 ms of every cold start although only {@code lint} reads the date.
   */
  static final class DefaultZoneClock extends Clock {
    private ZoneId zone;

    @Override
    public synchronized ZoneId getZone() {
      if (zone == null) {
        zone = ZoneId.systemDefault();
      }
      return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
      return Clock.system(newZone);
    }

    @Override
    public long millis() {
      return System.currentTimeMillis();
    }

    @Override
    public Instant instant() {
      return Instant.now();
    }
  }

  /** Resolves a path argument against the working folder. */
  public Path resolve(String path) {
    return workingDirectory.resolve(path);
  }
}
