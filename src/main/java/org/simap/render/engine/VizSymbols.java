package org.simap.render.engine;

import static java.util.Map.entry;

import java.util.Map;

/**
 * The minified names of the imports and exports of the Graphviz WebAssembly module in the npm
 * package {@code @viz-js/viz} 3.29.0 (Graphviz 15.1.1).
 *
 * <p>Emscripten shortens these names in every build, so they change between versions of the
 * package. The package's JavaScript glue in {@code lib/backend.js} names each import in its {@code
 * wasmImports} object and each export in {@code assignWasmExports}. {@code ImportMappingTest}
 * compares both with the tables here.
 */
final class VizSymbols {

  /** The module name of every import. */
  static final String IMPORT_MODULE = "a";

  /**
   * The JavaScript function that implements each import in the glue, by the import's name. The
   * function names are Emscripten's: a C function {@code f} is {@code _f} in JavaScript.
   */
  static final Map<String, String> IMPORTS =
      Map.ofEntries(
          entry("a", "___assert_fail"),
          entry("b", "___cxa_throw"),
          entry("c", "_fd_write"),
          entry("d", "_fd_read"),
          entry("e", "_fd_close"),
          entry("f", "___syscall_fcntl64"),
          entry("g", "_emscripten_date_now"),
          entry("h", "_exit"),
          entry("i", "__abort_js"),
          entry("j", "___syscall_ioctl"),
          entry("k", "_emscripten_resize_heap"),
          entry("l", "___syscall_openat"),
          entry("m", "__mmap_js"),
          entry("n", "__munmap_js"),
          entry("o", "__localtime_js"),
          entry("p", "viz_errorf"),
          entry("q", "__tzset_js"),
          entry("r", "_fd_seek"),
          entry("s", "_environ_get"),
          entry("t", "_environ_sizes_get"),
          entry("u", "_random_get"),
          entry("v", "___syscall_newfstatat"),
          entry("w", "___syscall_fstat64"),
          entry("x", "_clock_time_get"),
          entry("y", "___syscall_faccessat"));

  /** The export that runs the C and C++ static constructors; the glue calls it once at start. */
  static final String CALL_CONSTRUCTORS = "A";

  static final String MALLOC = "F";
  static final String FREE = "E";
  static final String GET_GRAPHVIZ_VERSION = "D";
  static final String SET_Y_INVERT = "B";
  static final String SET_REDUCE = "C";
  static final String READ_ONE_GRAPH = "I";
  static final String FREE_GRAPH = "U";
  static final String CREATE_CONTEXT = "V";
  static final String FREE_CONTEXT = "W";
  static final String LAYOUT = "X";
  static final String FREE_LAYOUT = "Y";
  static final String RESET_ERRORS = "Z";
  static final String RENDER = "_";

  /**
   * The name of each export that simap calls, by the JavaScript variable the glue assigns it to.
   */
  static final Map<String, String> EXPORTS =
      Map.ofEntries(
          entry("_malloc", MALLOC),
          entry("_free", FREE),
          entry("_viz_get_graphviz_version", GET_GRAPHVIZ_VERSION),
          entry("_viz_set_y_invert", SET_Y_INVERT),
          entry("_viz_set_reduce", SET_REDUCE),
          entry("_viz_read_one_graph", READ_ONE_GRAPH),
          entry("_viz_free_graph", FREE_GRAPH),
          entry("_viz_create_context", CREATE_CONTEXT),
          entry("_viz_free_context", FREE_CONTEXT),
          entry("_viz_layout", LAYOUT),
          entry("_viz_free_layout", FREE_LAYOUT),
          entry("_viz_reset_errors", RESET_ERRORS),
          entry("_viz_render", RENDER));

  private VizSymbols() {}
}
