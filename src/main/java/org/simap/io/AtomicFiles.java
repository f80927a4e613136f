package org.simap.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Writes output files so that a reader sees either the old file or the complete new one, never a
 * part: the bytes go to a temporary file in the same folder, which then replaces the target in one
 * rename. When anything fails the target is left as it was and the temporary file is deleted. Named
 * pipes and devices are the exception, which {@link #write} describes.
 */
public final class AtomicFiles {

  /** Permissions of a new file, as most systems' default umask 022 would give. */
  private static final Set<PosixFilePermission> NEW_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  /** Permissions of the temporary file until it is complete, as Files.createTempFile gives. */
  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  static final int NAME_ATTEMPTS = 20;

  /** The number in the next temporary file's name, unique within this process. */
  static final AtomicLong SEQUENCE = new AtomicLong();

  private AtomicFiles() {}

  /**
   * Replaces or creates {@code target} with {@code content}. A target that exists but is not a
   * regular file, such as a named pipe or a device like {@code /dev/null}, is written into instead,
   * which cannot be atomic: renaming a file over it would put a regular file in its place, and for
   * root that includes the device nodes under {@code /dev}.
   *
   * @throws FileSystemException if the target is a folder
   */
  public static void write(Path target, byte[] content) throws IOException {
    Path absolute = target.toAbsolutePath();
    if (Files.isDirectory(absolute)) {
      throw new FileSystemException(absolute.toString(), null, "is a folder, not a file");
    }
    if (Files.exists(absolute) && !Files.isRegularFile(absolute)) {
      try (OutputStream out = Files.newOutputStream(absolute, StandardOpenOption.WRITE)) {
        out.write(content);
      }
      return;
    }
    Path folder = absolute.getParent();
    Path temporary = createTemporaryFile(folder, absolute.getFileName().toString());
    try {
      try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      setPermissions(temporary, absolute);
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // NOTE: some file systems cannot rename over a file in one step. A plain replace is the
        // best they offer, so a reader may then briefly find no file.
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /**
   * Creates an empty temporary file beside the target, named after it, this process and {@link
   * #SEQUENCE}. Files.createTempFile would choose a random name, but setting up its SecureRandom
   * took about 10 ms of a cold render. Creating the file fails if anything, a symbolic link too,
   * has the name, so a name taken by another program only costs another attempt.
   */
  private static Path createTemporaryFile(Path folder, String fileName) throws IOException {
    boolean posix = folder.getFileSystem().supportedFileAttributeViews().contains("posix");
    long pid = ProcessHandle.current().pid();
    for (int attempt = 0; attempt < NAME_ATTEMPTS; attempt++) {
      Path candidate = folder.resolve(temporaryName(fileName, pid, SEQUENCE.getAndIncrement()));
      try {
        return posix
            ? Files.createFile(candidate, PosixFilePermissions.asFileAttribute(OWNER_ONLY))
            : Files.createFile(candidate);
      } catch (FileAlreadyExistsException e) {
        // Another program has the name, so the next one is tried.
      }
    }
    return Files.createTempFile(folder, "." + fileName + ".", ".tmp");
  }

  static String temporaryName(String fileName, long pid, long sequence) {
    return "." + fileName + "." + pid + "-" + sequence + ".tmp";
  }

  /** Gives the new file the old file's permissions, or the usual ones for a new file. */
  private static void setPermissions(Path temporary, Path target) throws IOException {
    PosixFileAttributeView view =
        Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
    if (view == null) {
      return;
    }
    if (Files.exists(target)) {
      view.setPermissions(Files.getPosixFilePermissions(target));
    } else {
      view.setPermissions(NEW_FILE);
    }
  }
}
