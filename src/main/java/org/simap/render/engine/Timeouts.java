package org.simap.render.engine;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/** Checks and formats render timeouts. */
final class Timeouts {
  private Timeouts() {}

  /**
   * Returns the timeout in nanoseconds, or {@link Long#MAX_VALUE} for a longer timeout.
   *
   * @throws IllegalArgumentException if the timeout is zero or negative
   */
  static long toNanos(Duration timeout) {
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isZero() || timeout.isNegative()) {
      throw new IllegalArgumentException("timeout must be positive, got " + timeout);
    }
    return TimeUnit.NANOSECONDS.convert(timeout);
  }

  /** Formats the timeout for a message: {@code 250 ms}, {@code 2 s} or {@code 2.5 s}. */
  static String format(Duration timeout) {
    long millis = timeout.toMillis();
    if (millis < 1000) {
      return millis + " ms";
    }
    if (millis % 1000 == 0) {
      return millis / 1000 + " s";
    }
    return String.format(java.util.Locale.ROOT, "%.1f s", millis / 1000.0);
  }
}
