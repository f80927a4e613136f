package org.simap.render.engine;

import static java.nio.charset.StandardCharsets.UTF_8;

import com.dylibso.chicory.wasm.ChicoryException;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The Graphviz that ships inside simap: the WebAssembly build of Graphviz from the npm package
 * {@code @viz-js/viz}, compiled to JVM bytecode when simap is built, so it needs no Graphviz on the
 * machine. It renders SVG only, because that build has no PNG or PDF renderer.
 *
 * <p>The engine keeps one instance of the module for all its renders, and replaces it after a
 * render that stopped the module or timed out. Renders run one at a time, each on a new thread, so
 * that a render that runs past its timeout can be interrupted and abandoned.
 */
public final class EmbeddedGraphviz implements LayoutEngine {

  /**
   * Java stack size of the render thread. The compiled module calls its functions on the Java
   * stack: with the default stack, Graphviz 15.1.1 exhausts it on a chain of 5,000 nodes, and with
   * 64 MiB it renders a chain of 20,000 (measured with JDK 17 on x86-64 Linux).
   */
  private static final long RENDER_STACK_BYTES = 64L * 1024 * 1024;

  private GraphvizInstance instance;
  private String version;

  @Override
  public synchronized Rendered render(String dot, OutputFormat format, Duration timeout)
      throws RenderException {
    Objects.requireNonNull(dot, "dot");
    Objects.requireNonNull(format, "format");
    long timeoutNanos = Timeouts.toNanos(timeout);
    if (format != OutputFormat.SVG) {
      throw new RenderException(
          "The embedded Graphviz renders only SVG, not "
              + format
              + ": install Graphviz and use --engine dot, or render SVG");
    }
    if (dot.indexOf('\0') >= 0) {
      throw new RenderException(
          "The DOT text contains a NUL character, which Graphviz cannot read");
    }

    GraphvizInstance current = usableInstance();
    FutureTask<GraphvizInstance.Output> task =
        new FutureTask<>(() -> current.render(dot, format.graphvizName()));
    Thread worker = new Thread(null, task, "embedded-graphviz", RENDER_STACK_BYTES);
    worker.setDaemon(true);
    worker.start();

    try {
      GraphvizInstance.Output output = task.get(timeoutNanos, TimeUnit.NANOSECONDS);
      return new Rendered(format, output.text().getBytes(UTF_8), output.warnings());
    } catch (TimeoutException e) {
      abandon(task);
      throw new RenderException(
          "The embedded Graphviz timed out after "
              + Timeouts.format(timeout)
              + ": render a smaller map, raise the timeout, or use --engine dot");
    } catch (InterruptedException e) {
      abandon(task);
      Thread.currentThread().interrupt();
      throw new RenderException("The render was interrupted", e);
    } catch (ExecutionException e) {
      if (!current.isUsable()) {
        instance = null;
      }
      if (e.getCause() instanceof RenderException failure) {
        throw failure;
      }
      instance = null;
      throw new RenderException(
          "The embedded Graphviz failed unexpectedly ("
              + e.getCause()
              + "): use --engine dot, and report this with the DOT text",
          e.getCause());
    }
  }

  @Override
  public Set<OutputFormat> formats() {
    return EnumSet.of(OutputFormat.SVG);
  }

  /**
   * Returns the version of the embedded Graphviz, for example {@code 15.1.1}.
   *
   * @throws RenderException if the module cannot be instantiated
   */
  public synchronized String graphvizVersion() throws RenderException {
    if (version == null) {
      version = usableInstance().graphvizVersion();
    }
    return version;
  }

  @Override
  public String description() {
    try {
      return "embedded Graphviz " + graphvizVersion() + " (WebAssembly)";
    } catch (RenderException e) {
      return "embedded Graphviz (WebAssembly, version unknown: " + e.getMessage() + ")";
    }
  }

  /** Stops a render that is still running and drops its instance, whose state is now unknown. */
  private void abandon(FutureTask<?> task) {
    task.cancel(true);
    instance = null;
  }

  private GraphvizInstance usableInstance() throws RenderException {
    if (instance == null) {
      try {
        instance = GraphvizInstance.create();
      } catch (ChicoryException | GraphvizHost.Termination e) {
        throw new RenderException(
            "The embedded Graphviz failed to start (" + e.getMessage() + "): use --engine dot", e);
      }
    }
    return instance;
  }
}
