package org.simap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class MapInputsTest {

  @TempDir Path dir;

  @Test
  void mapFileNeedsStem() {
    assertThat(MapInputs.isMapFile(Path.of("feedback.simap.yaml"))).isTrue();
    assertThat(MapInputs.isMapFile(Path.of("a.simap.yml"))).isTrue();
    assertThat(MapInputs.isMapFile(Path.of(".simap.yaml"))).isFalse();
    assertThat(MapInputs.isMapFile(Path.of(".simap.yml"))).isFalse();
    assertThat(MapInputs.isMapFile(Path.of("notes.yaml"))).isFalse();
  }

  @Test
  void folderSearchSkipsConfigFile() throws Exception {
    Files.writeString(dir.resolve(".simap.yaml"), "rules: {}\n");
    Files.writeString(dir.resolve("a.simap.yaml"), "simap: 1\n");

    MapInputs.Inputs inputs =
        MapInputs.read(List.of("."), new ByteArrayInputStream(new byte[0]), "<stdin>", dir);

    assertThat(inputs.sources()).extracting(MapSource::name).containsExactly("a.simap.yaml");
    assertThat(inputs.failures()).isEmpty();
  }

  /** A stream of zero bytes that never ends, like /dev/zero. */
  private static final class EndlessStream extends InputStream {
    @Override
    public int read() {
      return 0;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      Arrays.fill(buffer, offset, offset + length, (byte) 0);
      return length;
    }
  }

  @Test
  void readLimitedReturnsWholeStream() throws Exception {
    byte[] bytes = new byte[3 * 1024 * 1024 + 17];
    Arrays.fill(bytes, (byte) 'a');

    byte[] read = MapInputs.readLimited(new ByteArrayInputStream(bytes), "file");

    assertThat(read).isEqualTo(bytes);
  }

  @Test
  void readLimitedReturnsEmptyStream() throws Exception {
    assertThat(MapInputs.readLimited(new ByteArrayInputStream(new byte[0]), "file")).isEmpty();
  }

  @Test
  void readLimitedAcceptsExactLimit() throws Exception {
    byte[] bytes = new byte[Limits.MAX_FILE_BYTES];

    assertThat(MapInputs.readLimited(new ByteArrayInputStream(bytes), "file"))
        .hasSize(Limits.MAX_FILE_BYTES);
  }

  @Test
  @Timeout(30)
  void readLimitedRejectsEndlessStream() {
    assertThatThrownBy(() -> MapInputs.readLimited(new EndlessStream(), "input"))
        .isInstanceOf(InputException.class)
        .hasMessage("input is larger than 32 MiB; split the map into smaller maps");
  }

  @Test
  void readFileReturnsBytes() throws Exception {
    byte[] bytes = "simap: 1\ntitle: é\n".getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("a.simap.yaml"), bytes);

    MapInputs.Read read = MapInputs.readFile("a.simap.yaml", dir.resolve("a.simap.yaml"));

    assertThat(read.failure()).isNull();
    assertThat(read.source().name()).isEqualTo("a.simap.yaml");
    assertThat(read.source().bytes()).isEqualTo(bytes);
  }

  @Test
  void readFileReportsMissingFile() {
    MapInputs.Read read = MapInputs.readFile("gone.simap.yaml", dir.resolve("gone.simap.yaml"));

    assertThat(read.source()).isNull();
    assertThat(read.failure().toString())
        .isEqualTo("gone.simap.yaml: error: file not found; check the path [read-error]");
  }

  @Test
  void readFileRefusesFileOverLimit() throws Exception {
    Path big = dir.resolve("big.simap.yaml");
    // A sparse file: its size is past the limit, but no bytes are written.
    try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
      file.setLength(Limits.MAX_FILE_BYTES + 1L);
    }

    MapInputs.Read read = MapInputs.readFile("big.simap.yaml", big);

    assertThat(read.source()).isNull();
    assertThat(read.failure().message())
        .isEqualTo("file is larger than 32 MiB; split the map into smaller maps");
  }

  @Test
  void readFileExplainsFailedFastRead() throws Exception {
    // On Linux a folder has a size, so the fast read is tried and fails; the reason comes from the
    // second read.
    Path folder = Files.createDirectory(dir.resolve("folder.simap.yaml"));

    MapInputs.Read read = MapInputs.readFile("folder.simap.yaml", folder);

    assertThat(read.source()).isNull();
    assertThat(read.failure().message()).startsWith("could not read the file: ");
  }

  @Test
  void readFileGivesReasonWithoutPath() throws Exception {
    Path loop = dir.resolve("loop.simap.yaml");
    Files.createSymbolicLink(loop, loop.getFileName());

    MapInputs.Read read = MapInputs.readFile("loop.simap.yaml", loop);

    assertThat(read.failure().message()).startsWith("could not read the file: ");
    assertThat(read.failure().message()).doesNotContain(dir.toString());
  }
}
