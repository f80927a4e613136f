package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.simap.TestFiles;

/** Runs the packaged jar and the launcher script as separate processes, as a user would. */
class JarProcessIT {

  private static final Path ROOT = TestFiles.root();

  record Run(int exitCode, String out, String err) {}

  static Run run(List<String> command) throws IOException, InterruptedException {
    ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile());
    builder.environment().put("NO_COLOR", "1");
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("process finished").isTrue();
    return new Run(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  static List<String> jar(String... args) {
    List<String> command =
        new ArrayList<>(List.of("java", "-jar", System.getProperty("simap.jar")));
    command.addAll(List.of(args));
    return command;
  }

  @Test
  void jarVersionIsBuildVersion() throws Exception {
    Properties build = new Properties();
    try (InputStream in = JarProcessIT.class.getResourceAsStream("/org/simap/version.properties")) {
      build.load(in);
    }
    String version = build.getProperty("version");

    Run plain = run(jar("--version"));
    Run sarif = run(jar("validate", "-f", "sarif", "examples/academic-feedback.simap.yaml"));

    assertThat(version).isNotBlank();
    assertThat(plain.out()).startsWith("simap " + version + "\n");
    assertThat(sarif.out()).contains("\"version\": \"" + version + "\"");
  }

  @Test
  void jarReportsInvalidMapAndExitsOne() throws Exception {
    Run run = run(jar("validate", "src/test/resources/validate/element-type.simap.yaml"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.err())
        .isEqualTo(
            "src/test/resources/validate/element-type.simap.yaml:9:15: error: unknown element type"
                + " 'proces'; expected structure, process or norm (did you mean 'process'?)"
                + " [element-type]\n"
                + "1 file checked, 1 invalid, 1 error\n");
  }

  @Test
  void launcherValidatesExamples() throws Exception {
    Run run = run(List.of("./simap", "validate", "examples/"));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).endsWith("0 invalid, 0 errors\n");
  }

  @Test
  void jarPrintsSchema() throws Exception {
    Run run = run(jar("schema"));

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).startsWith("{").contains("\"$schema\"");
  }

  @Test
  void fullDiskExitsThree() throws Exception {
    List<String> command = jar("schema");
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(ROOT.toFile())
            .redirectOutput(new java.io.File("/dev/full"));
    Process process = builder.start();
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).isEqualTo(3);
    assertThat(err).startsWith("simap: failed to write the output");
  }

  @Test
  void diffReadsProcessSubstitution() throws Exception {
    String jar = System.getProperty("simap.jar");
    String map = "examples/academic-feedback.simap.yaml";
    Run run =
        run(
            List.of(
                "bash",
                "-c",
                "java -jar '" + jar + "' diff --exit-code <(cat " + map + ") " + map));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
  }

  @Test
  void usageErrorExitsTwo() throws Exception {
    Run run = run(jar("validate", "--no-such-option"));

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).startsWith("simap: Unknown option: '--no-such-option'");
  }

  @Test
  void jarLintsWithFailOnWarning() throws Exception {
    Run run =
        run(
            jar(
                "lint",
                "--fail-on",
                "warning",
                "--format",
                "github",
                "src/test/resources/golden/lint/clean.simap.yaml",
                "src/test/resources/golden/lint/findings.simap.yaml"));

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out())
        .contains(
            "::warning file=src/test/resources/golden/lint/findings.simap.yaml,line=5,col=9,"
                + "title=missing-element-type::level 'classroom' has no norm elements\n");
  }
}
