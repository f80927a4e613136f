package org.simap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextDecoderTest {

  /** Bytes that make up most of a map, and the ones that make decoding go wrong. */
  private static final byte[][] PIECES = {
    bytes("a"),
    bytes(" "),
    bytes("\n"),
    bytes("\r\n"),
    bytes("\r"),
    bytes("\t"),
    bytes("é"),
    bytes("“"),
    bytes("\\"),
    bytes("\u202E"),
    bytes("\u2029"),
    bytes("😀"),
    bytes("\u0085"),
    bytes("\u2028"),
    bytes("\uFEFF"),
    bytes("\uFFFD"),
    bytes("\uFFFE"),
    bytes("\u00A0"),
    bytes("\u0000"),
    bytes("\u007F"),
    {(byte) 0xC0, (byte) 0xAF},
    {(byte) 0xE0, (byte) 0x80, (byte) 0xAF},
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80},
    {(byte) 0xE2, (byte) 0x80},
    {(byte) 0x80},
    {(byte) 0xFF},
    {(byte) 0xF0, (byte) 0x9F}
  };

  @Test
  void matchesStrictDecoderOnRandomBytes() throws Exception {
    Random random = new Random(11);
    for (int n = 0; n < 20_000; n++) {
      ByteBuffer buffer = ByteBuffer.allocate(256);
      int pieces = random.nextInt(12);
      for (int i = 0; i < pieces; i++) {
        byte[] piece = PIECES[random.nextInt(PIECES.length)];
        if (buffer.remaining() >= piece.length) {
          buffer.put(piece);
        }
      }
      byte[] bytes = new byte[buffer.position()];
      buffer.flip().get(bytes);
      // A byte order mark at the start is not part of the text.
      Optional<String> expected =
          strictlyDecoded(bytes).map(text -> text.startsWith("\uFEFF") ? text.substring(1) : text);
      MapSource source = new MapSource("m.simap.yaml", bytes);
      if (expected.isEmpty()) {
        assertThatThrownBy(() -> TextDecoder.decodeText(source))
            .isInstanceOf(TextDecoder.DecodeException.class);
        continue;
      }
      Text decoded = TextDecoder.decodeText(source);
      Text reference = Text.of(expected.get());
      assertThat(decoded.toString()).isEqualTo(expected.get());
      assertThat(decoded.unusual())
          .as("unusual in %s", expected.get())
          .isEqualTo(reference.unusual());
      assertThat(decoded.surrogates()).isEqualTo(reference.surrogates());
      assertThat(decoded.plain()).as("plain: %s", expected.get()).isEqualTo(reference.plain());
      assertThat(Arrays.copyOf(decoded.lineEnds(), decoded.lineCount()))
          .isEqualTo(Arrays.copyOf(reference.lineEnds(), reference.lineCount()));
    }
  }

  @Test
  void flagsUnreadableCharacters() throws Exception {
    assertThat(decode("a: b\r\nc: d\n").unusual()).isFalse();
    assertThat(decode("a: “é” 😀\n").unusual()).isFalse();
    assertThat(decode("a: 😀\n").surrogates()).isTrue();
    assertThat(decode("a: é\n").surrogates()).isFalse();
    for (String odd : new String[] {"\t", "\r", "\u0085", "\u2029", "\uFEFF", "\uFFFF", "\u0001"}) {
      assertThat(decode("a: x" + odd + "y\n").unusual()).as("U+%04X", (int) odd.charAt(0)).isTrue();
    }
  }

  @Test
  void flagsPlainText() throws Exception {
    assertThat(decode("a: “é” – b\r\nc: |\n  d\n").plain()).isTrue();
    for (String odd : new String[] {"\\", "\t", "\u0001", "\u202A", "\u2066", "😀", "\uFFFD"}) {
      assertThat(decode("a: x" + odd + "y\n").plain()).as("U+%04X", (int) odd.charAt(0)).isFalse();
    }
  }

  @Test
  void findsEveryLineEnd() throws Exception {
    Text text = decode("a: é\r\n\nb: 😀\nc");
    assertThat(text.lineCount()).isEqualTo(3);
    assertThat(Arrays.copyOf(text.lineEnds(), 3)).containsExactly(5, 6, 12);
    assertThat(decode("no line break").lineCount()).isZero();
  }

  @Test
  void skipsAByteOrderMark() throws Exception {
    Text text = TextDecoder.decodeText(new MapSource("m", bytes("\uFEFFa: b\n")));

    assertThat(text.toString()).isEqualTo("a: b\n");
    assertThat(text.unusual()).isFalse();
  }

  @Test
  void pointsAtTheFirstInvalidByte() {
    byte[] bytes = {'a', ':', ' ', 'b', '\n', 'c', ':', ' ', (byte) 0xE9, '\n'};

    assertThatThrownBy(() -> TextDecoder.decodeText(new MapSource("m.simap.yaml", bytes)))
        .isInstanceOfSatisfying(
            TextDecoder.DecodeException.class,
            e ->
                assertThat(e.diagnostic().toString())
                    .contains("m.simap.yaml:2:4")
                    .contains("0xE9"));
  }

  private static Text decode(String text) throws TextDecoder.DecodeException {
    return TextDecoder.decodeText(new MapSource("m.simap.yaml", bytes(text)));
  }

  private static Optional<String> strictlyDecoded(byte[] bytes) {
    try {
      return Optional.of(
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
