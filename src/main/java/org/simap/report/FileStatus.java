package org.simap.report;

import static java.util.Objects.requireNonNull;

/** Whether one input turned out valid, invalid or unreadable. */
public record FileStatus(String file, Status status) {

  /** The outcome for one input. */
  public enum Status {
    VALID,
    INVALID,
    UNREADABLE
  }

  public FileStatus {
    requireNonNull(file, "file");
    requireNonNull(status, "status");
  }
}
