package org.simap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Utf8WriterTest {

  /** Writes the pieces with the writer that {@code make} creates, and returns the bytes. */
  private interface WriterFactory {
    Writer make(ByteArrayOutputStream out);
  }

  private static byte[] write(List<String> pieces, WriterFactory factory) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Writer writer = factory.make(out);
    for (String piece : pieces) {
      writer.write(piece);
    }
    writer.close();
    return out.toByteArray();
  }

  @Test
  void bytesMatchOutputStreamWriter() throws IOException {
    String alphabet = "ab\n é→\uD83D\uDE00\uD800\uDC00";
    Random random = new Random(20261205);
    for (int n = 0; n < 5_000; n++) {
      List<String> pieces = new ArrayList<>();
      int count = random.nextInt(5);
      for (int p = 0; p < count; p++) {
        StringBuilder piece = new StringBuilder();
        // Now and then a piece longer than a block.
        int length = random.nextInt(20) == 0 ? 9_000 + random.nextInt(100) : random.nextInt(6);
        for (int i = 0; i < length; i++) {
          piece.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        pieces.add(piece.toString());
      }

      byte[] expected = write(pieces, out -> new OutputStreamWriter(out, UTF_8));
      byte[] actual = write(pieces, Utf8Writer::new);

      assertThat(actual).as(pieces.toString()).isEqualTo(expected);
    }
  }

  @Test
  void pairSplitBetweenWritesStaysWhole() throws IOException {
    byte[] actual = write(List.of("a\uD83D", "\uDE00b"), Utf8Writer::new);

    assertThat(new String(actual, UTF_8)).isEqualTo("a\uD83D\uDE00b");
  }

  @Test
  void bytesWaitForFlush() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Writer writer = new Utf8Writer(out);

    writer.write("line\n");
    assertThat(out.size()).isZero();
    writer.flush();

    assertThat(out.toString(UTF_8)).isEqualTo("line\n");
  }

  @Test
  void longTextGoesOutInBlocks() throws IOException {
    List<Integer> writes = new ArrayList<>();
    OutputStream recorder =
        new OutputStream() {
          @Override
          public void write(int b) {
            writes.add(1);
          }

          @Override
          public void write(byte[] bytes, int offset, int length) {
            writes.add(length);
          }
        };
    Writer writer = new Utf8Writer(recorder);

    writer.write("a".repeat(20_000));
    writer.flush();

    assertThat(writes).containsExactly(8192, 8192, 20_000 - 2 * 8192);
  }
}
