package org.simap.io;

import org.simap.model.SourcePosition;

/**
 * Thrown when an input cannot be read at all: a missing file, a folder without maps, a bad stream.
 */
public final class InputException extends Exception {

  private static final long serialVersionUID = 1L;

  private final transient SourcePosition position;

  public InputException(String file, String message) {
    super(message);
    this.position = SourcePosition.wholeFile(file);
  }

  public SourcePosition position() {
    return position;
  }
}
