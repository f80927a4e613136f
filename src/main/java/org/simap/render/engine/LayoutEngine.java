package org.simap.render.engine;

import java.time.Duration;
import java.util.Set;

/** A Graphviz installation or build that lays out a graph written in DOT and renders it. */
public interface LayoutEngine {

  /**
   * Lays out the graph with Graphviz's {@code dot} layout and renders it.
   *
   * @param dot the graph in the DOT language
   * @param format the output format, one of {@link #formats()}
   * @param timeout how long the render may take before the engine stops it
   * @throws RenderException if the format is not supported, Graphviz rejects the graph, the render
   *     times out, or Graphviz cannot be run
   */
  Rendered render(String dot, OutputFormat format, Duration timeout) throws RenderException;

  /** Returns the output formats this engine can produce. */
  Set<OutputFormat> formats();

  /**
   * Returns a one-line description of the engine with its Graphviz version, for example {@code dot
   * 2.43.0 at /usr/bin/dot}.
   */
  String description();
}
