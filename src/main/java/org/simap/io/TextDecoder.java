package org.simap.io;

import java.util.Locale;
import org.simap.model.Diagnostic;
import org.simap.model.SourcePosition;

/** Turns a map's bytes into text: UTF-8, with or without a byte order mark. */
final class TextDecoder {

  static final String RULE = "encoding";

  private TextDecoder() {}

  /** Decodes the source, or throws a {@link DecodeException} that points at the first bad byte. */
  static String decode(MapSource source) throws DecodeException {
    return decodeText(source).toString();
  }

  /**
   * Decodes the source into characters, or throws a {@link DecodeException} that points at the
   * first bad byte. One pass decodes, checks that the bytes are well-formed UTF-8, and notes what
   * would otherwise take more passes over the text: whether a character occurs that {@link
   * BlockSubsetParser} leaves to SnakeYAML, whether the text is {@link Text#plain}, and where each
   * line ends.
   */
  static Text decodeText(MapSource source) throws DecodeException {
    byte[] bytes = source.bytes();
    int start = textStart(source);
    int end = bytes.length;
    char[] chars = new char[end - start];
    int length = 0;
    boolean unusual = false;
    boolean surrogates = false;
    boolean plain = true;

    // Storing where each line ends spares the parser a search for every line's end.
    int[] lineEnds = new int[Math.min(Text.MAX_LINE_ENDS, bytes.length / 32 + 16)];
    int lines = 0;

    int i = start;
    while (i < end) {
      int b = bytes[i];
      if (b >= 0) {
        if (b < 0x20 || b == 0x7F || b == '\\') {
          if (b == '\n' && lines < Text.MAX_LINE_ENDS) {
            lineEnds = Text.addLineEnd(lineEnds, lines++, length);
          }
          boolean lineBreak = b == '\n' || b == '\r' && i + 1 < end && bytes[i + 1] == '\n';
          unusual |= !lineBreak && b != '\\';
          plain &= Text.isPlain((char) b);
        }
        chars[length++] = (char) b;
        i++;
        continue;
      }

      int sequence = sequenceLength(bytes, i);
      if (sequence == 0) {
        throw new DecodeException(invalidByte(source.name(), bytes, start));
      }
      int codePoint = bytes[i] & (0xFF >> (sequence + 1));
      for (int k = 1; k < sequence; k++) {
        codePoint = (codePoint << 6) | (bytes[i + k] & 0x3F);
      }
      if (sequence < 4) {
        unusual |= !Text.isReadable((char) codePoint);
        plain &= Text.isPlain((char) codePoint);
        chars[length++] = (char) codePoint;
      } else {
        surrogates = true;
        plain = false;
        chars[length++] = Character.highSurrogate(codePoint);
        chars[length++] = Character.lowSurrogate(codePoint);
      }
      i += sequence;
    }
    return new Text(chars, length, lineEnds, lines, unusual, surrogates, plain);
  }

  /** Returns where the text starts after a UTF-8 byte order mark, rejecting UTF-16 and UTF-32. */
  private static int textStart(MapSource source) throws DecodeException {
    byte[] bytes = source.bytes();
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return 3;
    }
    if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
      throw new DecodeException(
          Diagnostic.error(
              new SourcePosition(source.name(), 1, 1),
              RULE,
              "file is encoded as UTF-32; save it as UTF-8"));
    }
    if (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE)) {
      throw new DecodeException(
          Diagnostic.error(
              new SourcePosition(source.name(), 1, 1),
              RULE,
              "file is encoded as UTF-16; save it as UTF-8"));
    }
    return 0;
  }

  private static Diagnostic invalidByte(String file, byte[] bytes, int start) {
    int bad = firstInvalidByte(bytes, start);
    int line = 1;
    int lineStart = start;
    for (int i = start; i < bad; i++) {
      if (bytes[i] == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = 1 + countCharacters(bytes, lineStart, bad);
    String value = String.format(Locale.ROOT, "0x%02X", bytes[bad] & 0xFF);
    return Diagnostic.error(
        new SourcePosition(file, line, column),
        RULE,
        "invalid UTF-8 byte " + value + "; save the file with UTF-8 encoding");
  }

  /** Returns the offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
  private static int firstInvalidByte(byte[] bytes, int start) {
    int i = start;
    while (i < bytes.length) {
      int length = sequenceLength(bytes, i);
      if (length == 0) {
        return i;
      }
      i += length;
    }
    return bytes.length - 1;
  }

  /** Returns the length of the well-formed UTF-8 sequence at {@code i}, or 0 if it is malformed. */
  private static int sequenceLength(byte[] bytes, int i) {
    int lead = bytes[i] & 0xFF;
    int length;
    int min;
    if (lead < 0x80) {
      return 1;
    } else if (lead >= 0xC2 && lead <= 0xDF) {
      length = 2;
      min = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
      length = 3;
      min = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
      length = 4;
      min = 0x10000;
    } else {
      return 0;
    }
    if (i + length > bytes.length) {
      return 0;
    }
    int codePoint = lead & (0xFF >> (length + 1));
    for (int k = 1; k < length; k++) {
      int next = bytes[i + k] & 0xFF;
      if ((next & 0xC0) != 0x80) {
        return 0;
      }
      codePoint = (codePoint << 6) | (next & 0x3F);
    }
    boolean surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
    return codePoint < min || codePoint > 0x10FFFF || surrogate ? 0 : length;
  }

  private static int countCharacters(byte[] bytes, int from, int to) {
    int count = 0;
    for (int i = from; i < to; i++) {
      if ((bytes[i] & 0xC0) != 0x80) {
        count++;
      }
    }
    return count;
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Thrown when a map's bytes are not UTF-8 text. */
  static final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    DecodeException(Diagnostic diagnostic) {
      super(diagnostic.message());
      this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
      return diagnostic;
    }
  }
}
