package org.simap.cli;

import java.nio.file.Path;
import java.time.Duration;
import org.simap.render.RenderFormat;
import org.simap.render.engine.LayoutEngine;
import org.simap.render.engine.RenderException;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** The layout engine options of every command that draws a map: engine, dot program, timeout. */
final class EngineOptions {

  static final String[] NAMES = {"--engine", "--dot", "--timeout"};

  EngineChoice engine = EngineChoice.EMBEDDED;

  Path dot;

  long timeoutSeconds = 60;

  /** Declares the engine options on a command that draws maps. */
  void addTo(CommandSpec spec) {
    spec.addOption(
        CommandSpecs.option(this, "engine", "--engine")
            .paramLabel("ENGINE")
            .defaultValue("embedded")
            .description(
                "Layout engine: embedded (built in, SVG only) or dot (Graphviz installed on this"
                    + " machine; also PNG and PDF). Default: ${DEFAULT-VALUE}.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "dot", "--dot")
            .paramLabel("PATH")
            .description(
                "The Graphviz dot program to run; implies --engine dot. Default: $SIMAP_DOT,"
                    + " else dot on PATH.")
            .build());
    spec.addOption(
        CommandSpecs.option(this, "timeoutSeconds", "--timeout")
            .paramLabel("SECONDS")
            .defaultValue("60")
            .description("Stop a render that takes longer than this. Default: ${DEFAULT-VALUE}.")
            .build());
  }

  /**
   * Checks the values and applies {@code --dot}, which implies {@code --engine dot}.
   *
   * @throws ParameterException if the timeout is not positive
   */
  void check(CommandLine commandLine) {
    if (timeoutSeconds <= 0) {
      throw new ParameterException(
          commandLine, "--timeout must be a positive number of seconds, found " + timeoutSeconds);
    }
    if (dot != null) {
      engine = EngineChoice.DOT;
    }
  }

  Duration timeout() {
    return Duration.ofSeconds(timeoutSeconds);
  }

  /**
   * Creates the chosen engine for a picture format that needs one, that is any but DOT.
   *
   * @param svgHint how to ask for SVG instead, for the message when the engine cannot produce
   *     {@code format}, such as {@code "use --format svg"}
   * @throws ParameterException if the engine cannot produce the format
   * @throws RenderException if the engine cannot be started, such as a dot program not found
   */
  LayoutEngine create(
      Environment environment, RenderFormat format, CommandLine commandLine, String svgHint)
      throws RenderException {
    LayoutEngine created =
        engine.create(dot == null ? null : environment.resolve(dot.toString()), environment);
    boolean supported =
        created.formats().stream().anyMatch(f -> f.graphvizName().equals(format.keyword()));
    if (!supported) {
      throw new ParameterException(
          commandLine,
          "the "
              + engine.keyword()
              + " engine cannot produce "
              + format.keyword()
              + "; install Graphviz and add --engine dot, or "
              + svgHint);
    }
    return created;
  }
}
