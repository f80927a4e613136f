package org.simap.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.Locale;

/** Words for a failed file operation that a person can act on, without Java's class names. */
public final class IoErrors {

  private IoErrors() {}

  /** Returns why the operation failed, such as "permission denied" or "no space left on device". */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "not found";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fileSystem && fileSystem.getReason() != null) {
      return lowercaseFirst(fileSystem.getReason());
    }
    if (e.getMessage() != null && !e.getMessage().isBlank()) {
      return lowercaseFirst(e.getMessage());
    }
    return "input or output error";
  }

  private static String lowercaseFirst(String text) {
    return text.substring(0, 1).toLowerCase(Locale.ROOT) + text.substring(1);
  }
}
