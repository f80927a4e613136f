package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the packaged jar with a 64 MB heap on hostile inputs. Each must end in one clear error line
 * and a documented exit code, never in a stack trace or a hang. Running out of memory is such a
 * line too.
 */
@Timeout(120)
class HostileInputIT {

  @TempDir Path folder;

  record Run(int exitCode, String err) {}

  private Run validate(ProcessBuilder.Redirect stdin, String... args)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "java", "-Xmx64m", "-XX:+UseSerialGC", "-jar", System.getProperty("simap.jar")));
    command.add("validate");
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().put("NO_COLOR", "1");
    builder.redirectInput(stdin);
    builder.redirectOutput(ProcessBuilder.Redirect.DISCARD);
    Path err = folder.resolve("stderr.txt");
    builder.redirectError(err.toFile());
    Process process = builder.start();
    if (!process.waitFor(90, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("simap validate timed out on " + args[0]);
    }
    return new Run(process.exitValue(), Files.readString(err, StandardCharsets.UTF_8));
  }

  private Run validate(String... args) throws IOException, InterruptedException {
    return validate(ProcessBuilder.Redirect.PIPE, args);
  }

  private static void assertCleanError(Run run) {
    assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    assertThat(run.err()).doesNotContain("internal error");
    assertThat(run.err().lines()).as(run.err()).hasSizeLessThanOrEqualTo(2);
  }

  @Test
  void rejectsHugeFileBeforeReadingIt() throws Exception {
    try (RandomAccessFile file =
        new RandomAccessFile(folder.resolve("huge.simap.yaml").toFile(), "rw")) {
      file.setLength(100L * 1024 * 1024);
    }

    Run run = validate("huge.simap.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err())
        .startsWith(
            "huge.simap.yaml: error: file is larger than 32 MiB; split the map into smaller maps"
                + " [read-error]\n");
    assertCleanError(run);
  }

  @Test
  void rejectsEndlessDeviceFile() throws Exception {
    Run run = validate("/dev/zero");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).contains("larger than 32 MiB");
    assertCleanError(run);
  }

  @Test
  void rejectsEndlessStandardInput() throws Exception {
    Run run = validate(ProcessBuilder.Redirect.from(new java.io.File("/dev/zero")), "-");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err()).contains("input is larger than 32 MiB");
    assertCleanError(run);
  }

  @Test
  void rejectsAliasBomb() throws Exception {
    // Ten aliases on each of twelve lines: 120 aliases, which would expand to 10^13 scalars.
    StringBuilder text = new StringBuilder("simap: 1\ntitle: t\nproblem: p\nlevels:\n");
    text.append("  - id: l\n    name: l\n    elements:\n      - id: e0\n        type: norm\n");
    text.append("        name: e\n        tags: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i <= 12; i++) {
      String alias = "*a" + (i - 1);
      text.append("      - id: e").append(i).append("\n        type: norm\n        name: e\n");
      text.append("        tags: &a").append(i).append(" [");
      text.append(String.join(", ", java.util.Collections.nCopies(10, alias))).append("]\n");
    }
    Files.writeString(folder.resolve("bomb.simap.yaml"), text);

    Run run = validate("bomb.simap.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("more than 100 aliases to lists or mappings");
    assertCleanError(run);
  }

  @Test
  void rejectsDeepNesting() throws Exception {
    Files.writeString(
        folder.resolve("deep.simap.yaml"),
        "simap: 1\nlevels: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n");

    Run run = validate("deep.simap.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("nested more than 64 levels deep");
    assertCleanError(run);
  }

  @Test
  void rejectsBinaryData() throws Exception {
    byte[] bytes = new byte[1024 * 1024];
    new Random(11).nextBytes(bytes);
    Files.write(folder.resolve("noise.simap.yaml"), bytes);

    Run run = validate("noise.simap.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err()).contains("[encoding]");
    assertCleanError(run);
  }

  @Test
  void rejectsInvalidUtf8() throws Exception {
    byte[] head = "simap: 1\ntitle: caf".getBytes(StandardCharsets.US_ASCII);
    byte[] bytes = new byte[head.length + 2];
    System.arraycopy(head, 0, bytes, 0, head.length);
    bytes[head.length] = (byte) 0xE9; // Latin-1 'é', not UTF-8
    bytes[head.length + 1] = '\n';
    Files.write(folder.resolve("latin1.simap.yaml"), bytes);

    Run run = validate("latin1.simap.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INVALID);
    assertThat(run.err())
        .startsWith(
            "latin1.simap.yaml:2:11: error: invalid UTF-8 byte 0xE9; save the file with UTF-8"
                + " encoding [encoding]\n");
    assertCleanError(run);
  }

  @Test
  void reportsOutOfMemoryInOneLine() throws Exception {
    // 30 MB of one flow list: under the size limit, but ten million nodes do not fit in 64 MB.
    StringBuilder text = new StringBuilder(31 * 1024 * 1024);
    text.append("simap: 1\ntitle: t\nproblem: p\nlevels: [");
    while (text.length() < 30 * 1024 * 1024) {
      text.append("x, ");
    }
    text.append("x]\n");
    Files.writeString(folder.resolve("wide.simap.yaml"), text);

    Run run = validate("wide.simap.yaml");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(run.err())
        .startsWith("simap: failed: out of memory with a maximum heap of ")
        .endsWith(" MiB; split the map, or allow more with SIMAP_JAVA_OPTS=-Xmx2g\n");
    assertCleanError(run);
  }
}
