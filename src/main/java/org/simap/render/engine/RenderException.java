package org.simap.render.engine;

/**
 * A render that failed. The message is one line for the user: what failed and what to do about it.
 */
public class RenderException extends Exception {
  private static final long serialVersionUID = 1L;

  public RenderException(String message) {
    super(message);
  }

  public RenderException(String message, Throwable cause) {
    super(message, cause);
  }
}
