package org.simap.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;

/**
 * Writes text to a byte stream as UTF-8, encoding each string with {@link String#getBytes}. Bytes
 * are passed on in blocks of 8 KiB, and the rest when flushed, as an {@link
 * java.io.OutputStreamWriter} passes them on.
 *
 * <p>An {@link java.io.OutputStreamWriter} encodes character by character, which for a report of
 * 8,000 findings (1.3 MB) took about 10 ms of a run that has just started; {@code getBytes} copies
 * ASCII text as it is. The bytes are the same: an unpaired surrogate becomes '?' either way, and a
 * pair split between two writes is kept whole by holding back a high surrogate at the end of a
 * write.
 */
final class Utf8Writer extends Writer {

  private static final int BLOCK_BYTES = 8192;

  private final OutputStream out;

  private final byte[] block = new byte[BLOCK_BYTES];

  private int blockLength;

  /** A high surrogate that ended the last write, or 0. */
  private char pending;

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    if (length <= 0) {
      return;
    }
    int end = offset + length;
    StringBuilder joined = null;
    if (pending != 0) {
      joined = new StringBuilder(length + 1).append(pending);
      pending = 0;
    }
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      pending = text.charAt(end - 1);
      end--;
    }
    String chunk =
        joined != null
            ? joined.append(text, offset, end).toString()
            : offset == 0 && end == text.length() ? text : text.substring(offset, end);
    byte[] bytes = chunk.getBytes(UTF_8);
    int from = 0;
    while (from < bytes.length) {
      int count = Math.min(bytes.length - from, BLOCK_BYTES - blockLength);
      System.arraycopy(bytes, from, block, blockLength, count);
      blockLength += count;
      from += count;
      if (blockLength == BLOCK_BYTES) {
        writeBlock();
      }
    }
  }

  private void writeBlock() throws IOException {
    if (blockLength > 0) {
      out.write(block, 0, blockLength);
      blockLength = 0;
    }
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    write(new String(chars, offset, length), 0, length);
  }

  @Override
  public void write(int c) throws IOException {
    write(String.valueOf((char) c), 0, 1);
  }

  @Override
  public void flush() throws IOException {
    writeBlock();
    out.flush();
  }

  /** Writes a held-back high surrogate as '?', as an encoder does at the end, and closes. */
  @Override
  public void close() throws IOException {
    if (pending != 0) {
      pending = 0;
      write("?", 0, 1);
    }
    flush();
    out.close();
  }
}
