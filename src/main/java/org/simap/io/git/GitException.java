package org.simap.io.git;

/**
 * Thrown when a git call fails: not inside a repository, an unknown revision, git missing, failed
 * or timed out. The message is one line for people.
 */
public final class GitException extends Exception {

  private static final long serialVersionUID = 1L;

  public GitException(String message) {
    super(message);
  }
}
