package org.simap.io;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

  @TempDir Path folder;

  private long fileCount() throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.count();
    }
  }

  @Test
  void createsNewFile() throws IOException {
    Path target = folder.resolve("map.svg");

    AtomicFiles.write(target, "new".getBytes(UTF_8));

    assertThat(target).hasContent("new");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
        .isEqualTo("rw-r--r--");
  }

  @Test
  void replacesExistingFile() throws IOException {
    Path target = folder.resolve("map.svg");
    Files.writeString(target, "old");

    AtomicFiles.write(target, "new".getBytes(UTF_8));

    assertThat(target).hasContent("new");
    assertThat(fileCount()).isEqualTo(1);
  }

  @Test
  void failureLeavesTargetAndNoTemporaryFile() throws IOException {
    Path target = folder.resolve("map.svg");
    Files.createDirectories(target.resolve("inside"));

    assertThatThrownBy(() -> AtomicFiles.write(target, "new".getBytes(UTF_8)))
        .isInstanceOf(IOException.class);

    assertThat(target.resolve("inside")).isDirectory();
    assertThat(fileCount()).isEqualTo(1);
  }

  /**
   * A target that is not a regular file, such as a named pipe or a device like /dev/stdout, must be
   * written into. Renaming a temporary file over it would put a regular file in its place, and for
   * root that means replacing device nodes under /dev.
   */
  @Test
  void writesIntoNamedPipe() throws IOException, InterruptedException {
    Path pipe = folder.resolve("map.svg");
    Process mkfifo = new ProcessBuilder("mkfifo", pipe.toString()).start();
    assertThat(mkfifo.waitFor()).isZero();
    Path received = folder.resolve("received.txt");
    Process reader =
        new ProcessBuilder("cat", pipe.toString()).redirectOutput(received.toFile()).start();
    try {
      AtomicFiles.write(pipe, "new".getBytes(UTF_8));

      assertThat(Files.isRegularFile(pipe, LinkOption.NOFOLLOW_LINKS)).isFalse();
      assertThat(reader.waitFor(10, TimeUnit.SECONDS)).as("cat finished").isTrue();
      assertThat(reader.exitValue()).isZero();
      assertThat(received).hasContent("new");
    } finally {
      reader.destroyForcibly();
    }
  }

  @Test
  void rejectsFolderAsTarget() throws IOException {
    Path target = Files.createDirectory(folder.resolve("map.svg"));

    assertThatThrownBy(() -> AtomicFiles.write(target, "new".getBytes(UTF_8)))
        .isInstanceOf(IOException.class)
        .extracting(e -> IoErrors.reason((IOException) e))
        .isEqualTo("is a folder, not a file");
    assertThat(Files.isDirectory(target)).isTrue();
  }

  @Test
  void skipsTemporaryNamesThatAreTaken() throws IOException {
    Path target = folder.resolve("map.svg");
    Path elsewhere = Files.writeString(folder.resolve("elsewhere.txt"), "keep");
    long pid = ProcessHandle.current().pid();
    long next = AtomicFiles.SEQUENCE.get();
    Path planted = folder.resolve(AtomicFiles.temporaryName("map.svg", pid, next));
    Path link = folder.resolve(AtomicFiles.temporaryName("map.svg", pid, next + 1));
    Files.writeString(planted, "planted");
    Files.createSymbolicLink(link, elsewhere);

    AtomicFiles.write(target, "new".getBytes(UTF_8));

    assertThat(target).hasContent("new");
    assertThat(planted).hasContent("planted");
    assertThat(Files.isSymbolicLink(link)).isTrue();
    assertThat(elsewhere).hasContent("keep");
    assertThat(fileCount()).isEqualTo(4);
  }

  @Test
  void fallsBackWhenEveryNameIsTaken() throws IOException {
    Path target = folder.resolve("map.svg");
    long pid = ProcessHandle.current().pid();
    long next = AtomicFiles.SEQUENCE.get();
    for (long sequence = next; sequence < next + AtomicFiles.NAME_ATTEMPTS; sequence++) {
      Files.createFile(folder.resolve(AtomicFiles.temporaryName("map.svg", pid, sequence)));
    }

    AtomicFiles.write(target, "new".getBytes(UTF_8));

    assertThat(target).hasContent("new");
    assertThat(fileCount()).isEqualTo(AtomicFiles.NAME_ATTEMPTS + 1);
  }
}
