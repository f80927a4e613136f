package org.simap.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Writes output files so that readers never see half a file: the text goes to a temporary file in
 * the target's folder, which is then moved over the target in one step.
 */
public final class OutputFiles {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private OutputFiles() {}

  /** Whether an existing file at the target may be replaced. */
  public enum Existing {
    REPLACE,
    KEEP
  }

  /**
   * Writes the text as UTF-8 to the target.
   *
   * @throws FileAlreadyExistsException if the target exists and {@code existing} is {@link
   *     Existing#KEEP}; the target is then left as it was
   * @throws IOException if the folder is missing or not writable; no partial file is left behind
   */
  public static void write(Path target, String text, Existing existing) throws IOException {
    if (existing == Existing.REPLACE) {
      AtomicFiles.write(target, text.getBytes(StandardCharsets.UTF_8));
      return;
    }
    Path folder = target.toAbsolutePath().getParent();
    Path temporary = createTemporary(folder, target.getFileName().toString());
    try {
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.WRITE)) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
      moveWithoutReplacing(temporary, target);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Moves the temporary file to the target unless the target exists. Creating a hard link fails
   * when the target exists, so no other process can slip a file in between check and move. Where
   * hard links are not supported, the check and the move are two separate steps.
   */
  private static void moveWithoutReplacing(Path temporary, Path target) throws IOException {
    try {
      Files.createLink(target, temporary);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (UnsupportedOperationException | FileSystemException e) {
      if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
        throw new FileAlreadyExistsException(target.toString());
      }
      Files.move(temporary, target);
    }
  }

  /**
   * Creates an empty, hidden file next to the target. Unlike {@link Files#createTempFile}, it gets
   * the usual permissions for new files (the process umask applies), which the target keeps.
   */
  private static Path createTemporary(Path folder, String name) throws IOException {
    long pid = ProcessHandle.current().pid();
    while (true) {
      Path candidate =
          folder.resolve("." + name + "." + pid + "." + COUNTER.incrementAndGet() + ".tmp");
      try {
        return Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        // A leftover from an earlier run with the same process id: try the next number.
      }
    }
  }
}
