import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Decodes the Graphviz WebAssembly module that the npm package {@code @viz-js/viz} embeds in its
 * JavaScript file {@code lib/backend.js}, and writes it as a {@code .wasm} file.
 *
 * <p>The Emscripten-generated JavaScript passes the module to {@code binaryDecode('...')} as one
 * single-quoted string literal. Each character of the decoded literal stands for one byte: the
 * JavaScript expression {@code ~c >> 8 & c}, stored into a {@code Uint8Array}, gives the byte for
 * char code {@code c}. For the char codes 0 to 255 that is the char code itself.
 *
 * <p>The Maven build runs this file with the JDK's single-file source launcher: {@code java
 * DecodeGraphvizWasm.java BACKEND_JS OUTPUT_WASM}.
 */
public final class DecodeGraphvizWasm {
  private static final String CALL = "binaryDecode('";

  /** The decoding loop of the JavaScript function, with its whitespace removed. */
  private static final String DECODE_EXPRESSION = "o[i]=~c>>8&c";

  private static final byte[] WASM_HEADER = {0, 'a', 's', 'm', 1, 0, 0, 0};

  private DecodeGraphvizWasm() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: java DecodeGraphvizWasm.java BACKEND_JS OUTPUT_WASM");
      System.exit(2);
    }
    Path input = Path.of(args[0]);
    Path output = Path.of(args[1]);

    String script = Files.readString(input, StandardCharsets.UTF_8);
    byte[] wasm;
    try {
      wasm = decode(script);
    } catch (IllegalArgumentException e) {
      System.err.println("Cannot decode the WebAssembly module in " + input + ": " + e.getMessage());
      System.exit(1);
      return;
    }

    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.write(output, wasm);
  }

  static byte[] decode(String script) {
    if (!script.replaceAll("\\s", "").contains(DECODE_EXPRESSION)) {
      throw new IllegalArgumentException(
          "the decoding expression '" + DECODE_EXPRESSION + "' is missing, so the encoding changed");
    }
    int start = script.indexOf(CALL);
    if (start < 0 || script.indexOf(CALL, start + 1) >= 0) {
      throw new IllegalArgumentException("expected exactly one call " + CALL + "...')");
    }

    String literal = unescape(script, start + CALL.length());
    byte[] bytes = new byte[literal.length()];
    for (int i = 0; i < literal.length(); i++) {
      int c = literal.charAt(i);
      bytes[i] = (byte) (~c >> 8 & c);
    }

    if (bytes.length < WASM_HEADER.length
        || !Arrays.equals(Arrays.copyOf(bytes, WASM_HEADER.length), WASM_HEADER)) {
      throw new IllegalArgumentException("the decoded bytes do not start with the wasm header");
    }
    return bytes;
  }

  /**
   * Returns the value of the single-quoted JavaScript string literal whose first character is at
   * {@code from}, up to the closing quote.
   */
  private static String unescape(String script, int from) {
    StringBuilder value = new StringBuilder(script.length() - from);
    int i = from;
    while (true) {
      if (i >= script.length()) {
        throw new IllegalArgumentException("the string literal is not closed");
      }
      char c = script.charAt(i++);
      if (c == '\'') {
        return value.toString();
      }
      if (c == '\n' || c == '\r') {
        throw new IllegalArgumentException("unescaped line break in the string literal at " + i);
      }
      if (c != '\\') {
        value.append(c);
        continue;
      }

      char escape = script.charAt(i++);
      switch (escape) {
        case 'n' -> value.append('\n');
        case 'r' -> value.append('\r');
        case 't' -> value.append('\t');
        case 'b' -> value.append('\b');
        case 'f' -> value.append('\f');
        case 'v' -> value.append('\u000b');
        case '0' -> value.append('\0');
        case 'x' -> {
          value.append((char) Integer.parseInt(script.substring(i, i + 2), 16));
          i += 2;
        }
        case 'u' -> {
          value.append((char) Integer.parseInt(script.substring(i, i + 4), 16));
          i += 4;
        }
        case '\n' -> {
          // A backslash before a line break continues the literal on the next line.
        }
        case '\'', '"', '\\' -> value.append(escape);
        default ->
            throw new IllegalArgumentException(
                "unsupported escape \\" + escape + " in the string literal at " + (i - 2));
      }
    }
  }
}
