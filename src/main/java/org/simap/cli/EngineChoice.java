package org.simap.cli;

import java.nio.file.Path;
import org.simap.model.Keyword;
import org.simap.render.engine.EmbeddedGraphviz;
import org.simap.render.engine.LayoutEngine;
import org.simap.render.engine.NativeDot;
import org.simap.render.engine.RenderException;

/** The layout engines of {@code simap render}. */
enum EngineChoice implements Keyword {
  /** The Graphviz built into simap: SVG only, the same output on every machine. */
  EMBEDDED,
  /** The Graphviz {@code dot} program installed on the machine: SVG, PNG and PDF. */
  DOT;

  /**
   * Creates the engine. {@code dot} is the program given with {@code --dot}, else the one named by
   * the environment variable {@value NativeDot#DOT_VARIABLE}, else the first on PATH.
   */
  LayoutEngine create(Path dotOption, Environment environment) throws RenderException {
    if (this == EMBEDDED) {
      return new EmbeddedGraphviz();
    }
    if (dotOption != null) {
      return NativeDot.at(dotOption);
    }
    String configured = environment.variables().get(NativeDot.DOT_VARIABLE);
    if (configured != null && !configured.isBlank()) {
      return NativeDot.at(environment.resolve(configured));
    }
    return NativeDot.locate();
  }

  /** Returns the word used on the command line, which picocli also shows in help. */
  @Override
  public String toString() {
    return keyword();
  }
}
