package org.simap.render.engine;

import static com.dylibso.chicory.wasm.types.ValType.F64;
import static com.dylibso.chicory.wasm.types.ValType.I32;
import static com.dylibso.chicory.wasm.types.ValType.I64;

import com.dylibso.chicory.runtime.HostFunction;
import com.dylibso.chicory.runtime.ImportFunction;
import com.dylibso.chicory.runtime.ImportValues;
import com.dylibso.chicory.runtime.Instance;
import com.dylibso.chicory.runtime.Memory;
import com.dylibso.chicory.runtime.WasmFunctionHandle;
import com.dylibso.chicory.wasm.types.FunctionType;
import com.dylibso.chicory.wasm.types.ValType;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * Java implementations of the functions that the Graphviz WebAssembly module imports from its
 * Emscripten JavaScript glue, with the per-render state they write to.
 *
 * <p>The module has no file system: it reads the DOT text from memory and returns the output in
 * memory. Writes to standard output and standard error are kept in buffers, so nothing reaches the
 * process's own streams. File-system calls fail as if no file existed. Time is UTC. Random bytes
 * come from a generator that {@link #startRender()} seeds with a fixed value, so the bytes a render
 * gets do not depend on the renders before it.
 */
final class GraphvizHost {

  /** Thrown by the imports through which Graphviz calls {@code exit} or {@code abort}. */
  static final class Termination extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Termination(String message) {
      super(message);
    }
  }

  // Error numbers as the module's C library (Emscripten's musl) defines them.
  private static final int EBADF = 8;
  private static final int EINVAL = 28;
  private static final int ENOENT = 44;
  private static final int ENOTTY = 59;
  private static final int ESPIPE = 70;

  private static final int STDOUT = 1;
  private static final int STDERR = 2;

  /** Any fixed value makes the output reproducible; this one has no other meaning. */
  private static final long RANDOM_SEED = 1L;

  private static final int PAGE_SIZE = 65536;

  /** The maximum heap size in the glue ({@code getHeapMax} in {@code lib/backend.js}): 2 GiB. */
  private static final long MAX_HEAP_BYTES = 2L * 1024 * 1024 * 1024;

  /** The glue grows the heap by at most this much more than the requested size: 96 MiB. */
  private static final long MAX_OVERGROWTH_BYTES = 96L * 1024 * 1024;

  private static final long[] SUCCESS = {0};

  private static final Map<String, String> IMPORT_NAME_BY_SYMBOL =
      VizSymbols.IMPORTS.entrySet().stream()
          .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

  private final List<String> errorParts = new ArrayList<>();
  private final ByteArrayOutputStream standardOutput = new ByteArrayOutputStream();
  private final ByteArrayOutputStream standardError = new ByteArrayOutputStream();
  private Random random = new Random(RANDOM_SEED);

  /** Clears the messages of the previous render and reseeds the random generator. */
  void startRender() {
    errorParts.clear();
    standardOutput.reset();
    standardError.reset();
    random = new Random(RANDOM_SEED);
  }

  /**
   * Returns the text that Graphviz's error handler passed to {@code viz_errorf} since the last
   * {@link #startRender()}, in calls as Graphviz made them: a message may span several parts.
   */
  List<String> errorParts() {
    return List.copyOf(errorParts);
  }

  /** Returns what the module wrote to standard error since the last {@link #startRender()}. */
  String standardError() {
    return standardError.toString(StandardCharsets.UTF_8);
  }

  ImportValues imports() {
    List<ImportFunction> functions =
        List.of(
            bind("___assert_fail", type(List.of(I32, I32, I32, I32)), this::assertFail),
            bind("___cxa_throw", type(List.of(I32, I32, I32)), this::cxaThrow),
            bind("_fd_write", type(List.of(I32, I32, I32, I32), I32), this::fdWrite),
            bind("_fd_read", type(List.of(I32, I32, I32, I32), I32), this::fdRead),
            bind("_fd_close", type(List.of(I32), I32), this::fdClose),
            bind("___syscall_fcntl64", type(List.of(I32, I32, I32), I32), this::fcntl),
            bind("_emscripten_date_now", type(List.of(), F64), this::dateNow),
            bind("_exit", type(List.of(I32)), this::exit),
            bind("__abort_js", type(List.of()), this::abort),
            bind("___syscall_ioctl", type(List.of(I32, I32, I32), I32), this::ioctl),
            bind("_emscripten_resize_heap", type(List.of(I32), I32), this::resizeHeap),
            bind("___syscall_openat", type(List.of(I32, I32, I32, I32), I32), this::noSuchFile),
            bind("__mmap_js", type(List.of(I32, I32, I32, I32, I64, I32, I32), I32), this::mmap),
            bind("__munmap_js", type(List.of(I32, I32, I32, I32, I32, I64), I32), this::munmap),
            bind("__localtime_js", type(List.of(I64, I32)), this::localtime),
            bind("viz_errorf", type(List.of(I32), I32), this::vizErrorf),
            bind("__tzset_js", type(List.of(I32, I32, I32, I32)), this::tzset),
            bind("_fd_seek", type(List.of(I32, I64, I32, I32), I32), this::fdSeek),
            bind("_environ_get", type(List.of(I32, I32), I32), this::environGet),
            bind("_environ_sizes_get", type(List.of(I32, I32), I32), this::environSizesGet),
            bind("_random_get", type(List.of(I32, I32), I32), this::randomGet),
            bind("___syscall_newfstatat", type(List.of(I32, I32, I32, I32), I32), this::noSuchFile),
            bind("___syscall_fstat64", type(List.of(I32, I32), I32), this::fstat),
            bind("_clock_time_get", type(List.of(I32, I64, I32), I32), this::clockTimeGet),
            bind("___syscall_faccessat", type(List.of(I32, I32, I32, I32), I32), this::noSuchFile));
    return ImportValues.builder().withFunctions(functions).build();
  }

  private static ImportFunction bind(String symbol, FunctionType type, WasmFunctionHandle handle) {
    String name = IMPORT_NAME_BY_SYMBOL.get(symbol);
    if (name == null) {
      throw new IllegalStateException("VizSymbols.IMPORTS has no import for " + symbol);
    }
    return new HostFunction(VizSymbols.IMPORT_MODULE, name, type, handle);
  }

  private static FunctionType type(List<ValType> parameters, ValType... results) {
    return FunctionType.of(parameters, List.of(results));
  }

  private static long[] result(long value) {
    return new long[] {value};
  }

  private static boolean isStandardStream(long fd) {
    return fd >= 0 && fd <= STDERR;
  }

  // Termination. The glue throws a JavaScript exception for each of these, which unwinds the
  // module's stack midway, so simap does not use the instance again.

  private long[] assertFail(Instance instance, long... args) {
    Memory memory = instance.memory();
    throw new Termination(
        "assertion failed: "
            + memory.readCString((int) args[0])
            + " at "
            + memory.readCString((int) args[1])
            + ":"
            + args[2]);
  }

  private long[] cxaThrow(Instance instance, long... args) {
    throw new Termination("uncaught C++ exception");
  }

  private long[] exit(Instance instance, long... args) {
    throw new Termination("exit(" + (int) args[0] + ")");
  }

  private long[] abort(Instance instance, long... args) {
    throw new Termination("abort()");
  }

  // Graphviz's error handler, added by @viz-js/viz.

  private long[] vizErrorf(Instance instance, long... args) {
    errorParts.add(instance.memory().readCString((int) args[0]));
    return SUCCESS;
  }

  // Standard streams. These WASI functions return a WASI error number, not a negative one.

  private long[] fdWrite(Instance instance, long... args) {
    int fd = (int) args[0];
    ByteArrayOutputStream stream;
    if (fd == STDOUT) {
      stream = standardOutput;
    } else if (fd == STDERR) {
      stream = standardError;
    } else {
      return result(EBADF);
    }

    Memory memory = instance.memory();
    int vectors = (int) args[1];
    int count = (int) args[2];
    long written = 0;
    for (int i = 0; i < count; i++) {
      int address = memory.readInt(vectors + 8 * i);
      int length = memory.readInt(vectors + 8 * i + 4);
      stream.write(memory.readBytes(address, length), 0, length);
      written += length;
    }
    memory.writeI32((int) args[3], (int) written);
    return SUCCESS;
  }

  /** Reads from standard input return end of file at once. */
  private long[] fdRead(Instance instance, long... args) {
    if (args[0] != 0) {
      return result(EBADF);
    }
    instance.memory().writeI32((int) args[3], 0);
    return SUCCESS;
  }

  private long[] fdClose(Instance instance, long... args) {
    return isStandardStream(args[0]) ? SUCCESS : result(EBADF);
  }

  private long[] fdSeek(Instance instance, long... args) {
    return result(isStandardStream(args[0]) ? ESPIPE : EBADF);
  }

  // System calls on file descriptors. These return a negative error number.

  private long[] fcntl(Instance instance, long... args) {
    return result(isStandardStream(args[0]) ? -EINVAL : -EBADF);
  }

  /** Standard streams are not terminals, so the C library buffers standard output fully. */
  private long[] ioctl(Instance instance, long... args) {
    return result(isStandardStream(args[0]) ? -ENOTTY : -EBADF);
  }

  private long[] fstat(Instance instance, long... args) {
    return result(-EBADF);
  }

  /** {@code openat}, {@code newfstatat} and {@code faccessat}: no file exists. */
  private long[] noSuchFile(Instance instance, long... args) {
    return result(-ENOENT);
  }

  /** Maps a file into memory; the C library maps anonymous memory itself, without this import. */
  private long[] mmap(Instance instance, long... args) {
    return result(-EBADF);
  }

  private long[] munmap(Instance instance, long... args) {
    return result(-EBADF);
  }

  // Memory.

  /**
   * Grows the memory to at least the requested size in bytes, as Emscripten's own implementation
   * does: by up to 20% more than the current size, but no more than 96 MiB above the request, and
   * to less if that much is not available. Returns 1 on success and 0 on failure.
   */
  private long[] resizeHeap(Instance instance, long... args) {
    Memory memory = instance.memory();
    long requested = args[0] & 0xFFFF_FFFFL;
    long current = (long) memory.pages() * PAGE_SIZE;
    if (requested > MAX_HEAP_BYTES) {
      return result(0);
    }
    for (int cutDown = 1; cutDown <= 4; cutDown *= 2) {
      long overGrown = (long) (current * (1 + 0.2 / cutDown));
      overGrown = Math.min(overGrown, requested + MAX_OVERGROWTH_BYTES);
      long target = Math.min(MAX_HEAP_BYTES, alignToPage(Math.max(requested, overGrown)));
      int pages = (int) ((target - current + PAGE_SIZE - 1) / PAGE_SIZE);
      if (memory.grow(pages) != -1) {
        return result(1);
      }
    }
    return result(0);
  }

  private static long alignToPage(long bytes) {
    return (bytes + PAGE_SIZE - 1) / PAGE_SIZE * PAGE_SIZE;
  }

  // Environment, time and randomness.

  private long[] environGet(Instance instance, long... args) {
    return SUCCESS;
  }

  /** Reports an empty environment: no variables and no bytes. */
  private long[] environSizesGet(Instance instance, long... args) {
    Memory memory = instance.memory();
    memory.writeI32((int) args[0], 0);
    memory.writeI32((int) args[1], 0);
    return SUCCESS;
  }

  private long[] randomGet(Instance instance, long... args) {
    byte[] bytes = new byte[(int) args[1]];
    random.nextBytes(bytes);
    instance.memory().write((int) args[0], bytes);
    return SUCCESS;
  }

  /** Returns the wall-clock time in milliseconds as an f64. */
  private long[] dateNow(Instance instance, long... args) {
    return result(Double.doubleToRawLongBits(System.currentTimeMillis()));
  }

  /** WASI {@code clock_time_get}: clock 0 is the wall clock; 1 to 3 are monotonic clocks. */
  private long[] clockTimeGet(Instance instance, long... args) {
    int clock = (int) args[0];
    long nanoseconds;
    if (clock == 0) {
      nanoseconds = System.currentTimeMillis() * 1_000_000L;
    } else if (clock >= 1 && clock <= 3) {
      nanoseconds = System.nanoTime();
    } else {
      return result(EINVAL);
    }
    instance.memory().writeLong((int) args[2], nanoseconds);
    return SUCCESS;
  }

  /** Fills the C {@code struct tm} at {@code args[1]} for the time {@code args[0]}, in UTC. */
  private long[] localtime(Instance instance, long... args) {
    ZonedDateTime time = Instant.ofEpochSecond(args[0]).atZone(ZoneOffset.UTC);
    int[] fields = {
      time.getSecond(),
      time.getMinute(),
      time.getHour(),
      time.getDayOfMonth(),
      time.getMonthValue() - 1,
      time.getYear() - 1900,
      time.getDayOfWeek().getValue() % 7,
      time.getDayOfYear() - 1,
      0, // tm_isdst
      0, // tm_gmtoff
    };
    Memory memory = instance.memory();
    int address = (int) args[1];
    for (int i = 0; i < fields.length; i++) {
      memory.writeI32(address + 4 * i, fields[i]);
    }
    return null;
  }

  /** Sets the time zone to UTC: no offset, no daylight saving time. */
  private long[] tzset(Instance instance, long... args) {
    Memory memory = instance.memory();
    memory.writeI32((int) args[0], 0);
    memory.writeI32((int) args[1], 0);
    memory.writeCString((int) args[2], "UTC");
    memory.writeCString((int) args[3], "UTC");
    return null;
  }
}
