package org.simap.render.engine;

import com.dylibso.chicory.runtime.ExportFunction;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.wasm.ChicoryException;
import com.dylibso.chicory.wasm.WasmModule;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.simap.render.engine.wasm.GraphvizModule;

/**
 * One instance of the Graphviz WebAssembly module, which renders one graph at a time.
 *
 * <p>The instance keeps its memory between renders. A render that Graphviz rejects leaves it
 * usable. A trap, a call to {@code exit} or {@code abort}, or an interrupted thread stops the
 * module in the middle of its work, and then {@link #isUsable()} returns false.
 *
 * <p>Not thread-safe: one thread at a time may call it.
 */
final class GraphvizInstance {

  /** The graph's output, with the warnings Graphviz reported. */
  record Output(String text, List<String> warnings) {}

  /** The parsed module; parsing takes time, so all instances in the JVM share it. */
  private static final class ModuleHolder {
    static final WasmModule MODULE = GraphvizModule.load();
  }

  private final GraphvizHost host;
  private final Instance instance;
  private final Memory memory;
  private final ExportFunction malloc;
  private final ExportFunction free;
  private volatile boolean usable = true;

  private GraphvizInstance(GraphvizHost host, Instance instance) {
    this.host = host;
    this.instance = instance;
    this.memory = instance.memory();
    this.malloc = instance.export(VizSymbols.MALLOC);
    this.free = instance.export(VizSymbols.FREE);
  }

  /** Instantiates the module and runs its static constructors. */
  static GraphvizInstance create() {
    GraphvizHost host = new GraphvizHost();
    Instance instance =
        Instance.builder(ModuleHolder.MODULE)
            .withImportValues(host.imports())
            .withMachineFactory(GraphvizModule::create)
            .build();
    instance.export(VizSymbols.CALL_CONSTRUCTORS).apply();
    return new GraphvizInstance(host, instance);
  }

  boolean isUsable() {
    return usable;
  }

  /** Returns the Graphviz version, for example {@code 15.1.1}. */
  String graphvizVersion() {
    return memory.readCString(call(VizSymbols.GET_GRAPHVIZ_VERSION));
  }

  /**
   * Lays out the graph with the {@code dot} layout and renders it in the given Graphviz format.
   *
   * @throws RenderException if Graphviz rejects the graph or stops; the message contains Graphviz's
   *     first error
   */
  Output render(String dot, String format) throws RenderException {
    if (!usable) {
      throw new IllegalStateException("the instance stopped during an earlier render");
    }
    host.startRender();
    Allocations allocations = new Allocations();
    try {
      return render(dot, format, allocations);
    } catch (ChicoryException | GraphvizHost.Termination | StackOverflowError e) {
      usable = false;
      throw new RenderException(stopMessage(e), e);
    } finally {
      release(allocations);
    }
  }

  /** The module's objects that one render creates and must free. */
  private static final class Allocations {
    int graph;
    int context;
    int result;
  }

  private Output render(String dot, String format, Allocations allocations) throws RenderException {
    allocations.graph = readGraph(dot);
    if (allocations.graph == 0) {
      throw failure("Graphviz could not read the DOT text");
    }
    call(VizSymbols.SET_Y_INVERT, 0);
    call(VizSymbols.SET_REDUCE, 0);
    allocations.context = call(VizSymbols.CREATE_CONTEXT);
    call(VizSymbols.RESET_ERRORS);

    if (callWithString(VizSymbols.LAYOUT, allocations.context, allocations.graph, "dot") != 0) {
      throw failure("Graphviz could not lay out the graph");
    }
    allocations.result =
        callWithString(VizSymbols.RENDER, allocations.context, allocations.graph, format);
    if (allocations.result == 0) {
      throw failure("Graphviz could not render the graph as " + format);
    }
    GraphvizMessages messages = messages();
    if (messages.hasErrors()) {
      // Graphviz can recover from some errors, such as a DOT text nested too deeply, and render
      // part of the graph. dot 2.43.0 then exits with status 1, and so this render fails too.
      throw failure("Graphviz reported an error");
    }
    return new Output(memory.readCString(allocations.result), messages.warnings());
  }

  /**
   * Frees what the render allocated, unless the module stopped. Freeing walks the graph and can
   * itself exhaust the stack. The instance then becomes unusable, but the render's own result or
   * exception is kept.
   */
  private void release(Allocations allocations) {
    if (!usable) {
      return;
    }
    try {
      if (allocations.context != 0 && allocations.graph != 0) {
        call(VizSymbols.FREE_LAYOUT, allocations.context, allocations.graph);
      }
      if (allocations.graph != 0) {
        call(VizSymbols.FREE_GRAPH, allocations.graph);
      }
      if (allocations.context != 0) {
        call(VizSymbols.FREE_CONTEXT, allocations.context);
      }
      if (allocations.result != 0) {
        free.apply(allocations.result);
      }
    } catch (ChicoryException | GraphvizHost.Termination | StackOverflowError e) {
      usable = false;
    }
  }

  // When a call below stops the module, the string it was given is not freed, because the
  // instance is discarded with all its memory.

  private int readGraph(String dot) throws RenderException {
    int source = copyString(dot);
    int graph = call(VizSymbols.READ_ONE_GRAPH, source);
    free.apply(source);
    return graph;
  }

  /** Calls an export whose last argument is a C string, which lives only during the call. */
  private int callWithString(String export, int first, int second, String text)
      throws RenderException {
    int string = copyString(text);
    int result = call(export, first, second, string);
    free.apply(string);
    return result;
  }

  /** Copies the text into the module's memory as a NUL-terminated UTF-8 string. */
  private int copyString(String text) throws RenderException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    int address = (int) malloc.apply(bytes.length + 1L)[0];
    if (address == 0) {
      throw new RenderException(
          "Graphviz ran out of memory for a text of "
              + bytes.length
              + " bytes: render a smaller map or use --engine dot");
    }
    memory.write(address, bytes);
    memory.writeByte(address + bytes.length, (byte) 0);
    return address;
  }

  private int call(String export, long... args) {
    long[] results = instance.export(export).apply(args);
    return results == null || results.length == 0 ? 0 : (int) results[0];
  }

  private GraphvizMessages messages() {
    return GraphvizMessages.parse(host.errorParts(), host.standardError());
  }

  private RenderException failure(String summary) {
    return new RenderException(summary + ": " + messages().firstError());
  }

  private String stopMessage(Throwable stop) {
    GraphvizMessages messages = messages();
    String reason = stop instanceof StackOverflowError ? "stack overflow" : stop.getMessage();
    if (messages.hasErrors()) {
      return "Graphviz stopped (" + reason + "): " + messages.firstError();
    }
    return "Graphviz stopped (" + reason + ") without an error message: use --engine dot";
  }
}
