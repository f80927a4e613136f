package org.simap.render.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a program without a shell: writes the input to its standard input and reads its standard
 * output and standard error at the same time, on separate threads, so that no pipe fills up and
 * blocks the program.
 */
final class ProcessRunner {

  /** The outcome of a run that finished in time. */
  record Result(int exitCode, byte[] output, byte[] error) {}

  /** Thrown when the program ran past its timeout; by then it and its descendants are stopped. */
  static final class Timeout extends Exception {
    private static final long serialVersionUID = 1L;
  }

  /**
   * How long to wait for the output threads to finish after the program and its descendants have
   * been killed. Their pipes close when the processes die, so this is a safety margin only.
   */
  private static final long DRAIN_AFTER_KILL_MILLIS = 2000;

  private ProcessRunner() {}

  /**
   * Runs the command with the input and waits for it to finish and close its output.
   *
   * @throws IOException if the program cannot be started or its output cannot be read
   * @throws Timeout if the program or a descendant still held its output open after the timeout
   * @throws InterruptedException if the thread was interrupted; the program is stopped first
   */
  static Result run(List<String> command, byte[] input, long timeoutNanos)
      throws IOException, Timeout, InterruptedException {
    long deadline = System.nanoTime() + timeoutNanos;
    Process process = new ProcessBuilder(command).start();

    FutureTask<Void> writer = startDaemon("input", () -> writeInput(process, input));
    FutureTask<byte[]> output = startDaemon("output", () -> readAll(process.getInputStream()));
    FutureTask<byte[]> error = startDaemon("error", () -> readAll(process.getErrorStream()));

    try {
      if (!process.waitFor(remaining(deadline), TimeUnit.NANOSECONDS)) {
        throw new TimeoutException();
      }
      byte[] outputBytes = output.get(remaining(deadline), TimeUnit.NANOSECONDS);
      byte[] errorBytes = error.get(remaining(deadline), TimeUnit.NANOSECONDS);
      writer.get(remaining(deadline), TimeUnit.NANOSECONDS);
      return new Result(process.exitValue(), outputBytes, errorBytes);
    } catch (TimeoutException e) {
      killTree(process);
      awaitQuietly(output, error, writer);
      throw new Timeout();
    } catch (InterruptedException e) {
      killTree(process);
      throw e;
    } catch (ExecutionException e) {
      killTree(process);
      if (e.getCause() instanceof IOException cause) {
        throw cause;
      }
      throw new IOException(e.getCause());
    }
  }

  /**
   * Kills the process and all its descendants. The descendants are listed before the process dies,
   * because after that they no longer count as its descendants.
   */
  static void killTree(Process process) {
    List<ProcessHandle> descendants = process.descendants().toList();
    process.destroyForcibly();
    descendants.forEach(ProcessHandle::destroyForcibly);
  }

  private static Void writeInput(Process process, byte[] input) {
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write(input);
    } catch (IOException e) {
      // The program closed its input early, usually because it failed. Its exit code and
      // standard error report that better than this broken pipe does.
    }
    return null;
  }

  private static byte[] readAll(InputStream stream) throws IOException {
    try (stream) {
      return stream.readAllBytes();
    }
  }

  private static <T> FutureTask<T> startDaemon(String stream, Callable<T> work) {
    FutureTask<T> task = new FutureTask<>(work);
    Thread thread = new Thread(task, "process-" + stream);
    thread.setDaemon(true);
    thread.start();
    return task;
  }

  private static long remaining(long deadline) {
    return Math.max(0, deadline - System.nanoTime());
  }

  private static void awaitQuietly(FutureTask<?>... tasks) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(DRAIN_AFTER_KILL_MILLIS);
    for (FutureTask<?> task : tasks) {
      try {
        task.get(remaining(deadline), TimeUnit.NANOSECONDS);
      } catch (ExecutionException | TimeoutException e) {
        task.cancel(true);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
