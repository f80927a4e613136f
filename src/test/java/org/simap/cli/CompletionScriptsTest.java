package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.simap.TestFiles;

/**
 * Checks that the committed scripts in {@code completions/} match the command model, and runs them
 * in real shells. Run with {@code -Dgolden.update=true} to regenerate the scripts.
 */
@Timeout(60)
class CompletionScriptsTest {

  private static final Path FOLDER = TestFiles.root().resolve("completions");

  @TempDir Path dir;

  record Run(int exitCode, String out, String err) {}

  @BeforeEach
  void createMaps() throws IOException {
    Files.writeString(dir.resolve("my map.simap.yaml"), "");
    Files.writeString(dir.resolve("other.simap.yml"), "");
    Files.writeString(dir.resolve("notes.txt"), "");
    Files.createDirectory(dir.resolve("sub dir"));
  }

  private Run run(List<String> command) throws Exception {
    Process process =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectInput(ProcessBuilder.Redirect.PIPE)
            .start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("shell finished").isTrue();
    return new Run(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  /**
   * Sources the bash script, sets COMP_WORDS, COMP_CWORD, COMP_LINE and COMP_POINT as bash does for
   * the words typed (the last one being completed), calls the function registered for simap and
   * returns COMPREPLY.
   */
  private List<String> bash(String... words) throws Exception {
    String program =
        """
        source "$1"; shift
        COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 ))
        COMP_LINE="$*"; COMP_POINT=${#COMP_LINE}
        spec=$(complete -p simap); function=${spec#*-F }; function=${function%% *}
        "$function" simap "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
        printf '%s\\n' "${COMPREPLY[@]}"
        """;
    List<String> command =
        new ArrayList<>(List.of("bash", "--norc", "--noprofile", "-c", program, "bash"));
    command.add(FOLDER.resolve(CompletionScripts.BASH).toString());
    command.addAll(Arrays.asList(words));
    Run run = run(command);
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out().lines().filter(line -> !line.isEmpty()).toList();
  }

  private List<String> fish(String line) throws Exception {
    Run run =
        run(
            List.of(
                "fish",
                "--no-config",
                "-c",
                "source $argv[1]; complete -C $argv[2]",
                FOLDER.resolve(CompletionScripts.FISH).toString(),
                line));
    assertThat(run.exitCode()).as(run.err()).isZero();
    return run.out().lines().map(l -> l.split("\t")[0]).toList();
  }

  @Test
  void committedScriptsAreUpToDate() throws IOException {
    Map<String, String> scripts = CompletionScripts.scripts();
    for (Map.Entry<String, String> script : scripts.entrySet()) {
      Path committed = FOLDER.resolve(script.getKey());
      if (TestFiles.updateGolden()) {
        TestFiles.write(committed, script.getValue());
      }
      assertThat(committed).exists();
      assertThat(TestFiles.read(committed))
          .as(
              "%s is out of date: regenerate it with mvn test -Dtest=CompletionScriptsTest"
                  + " -Dgolden.update=true",
              committed)
          .isEqualTo(script.getValue());
    }
    try (Stream<Path> files = Files.list(FOLDER)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("files in completions/")
          .containsExactlyInAnyOrder(
              "README.md", CompletionScripts.BASH, CompletionScripts.ZSH, CompletionScripts.FISH);
    }
  }

  @Test
  void bashCompletesSubcommand() throws Exception {
    assertThat(bash("simap", "val")).containsExactly("validate");
  }

  @Test
  void bashCompletesEverySubcommand() throws Exception {
    assertThat(bash("simap", "")).contains("validate", "schema", "init", "export");
  }

  @Test
  void bashCompletesOption() throws Exception {
    assertThat(bash("simap", "validate", "--form")).containsExactly("--format");
  }

  @Test
  void bashCompletesClosedSetValue() throws Exception {
    assertThat(bash("simap", "export", "--format", ""))
        .containsExactlyInAnyOrder("markdown", "csv", "json", "dot");
  }

  @Test
  void bashCompletesLowercaseColourValue() throws Exception {
    assertThat(bash("simap", "validate", "--color", "n")).containsExactly("never");
  }

  @Test
  void bashCompletesMapFileWithSpaces() throws Exception {
    assertThat(bash("simap", "validate", "my")).containsExactly("my map.simap.yaml");
  }

  @Test
  void bashCompletesEscapedSpace() throws Exception {
    assertThat(bash("simap", "export", "-f", "json", "my\\ m"))
        .containsExactly("my map.simap.yaml");
  }

  @Test
  void bashOffersMapsAndFoldersOnly() throws Exception {
    assertThat(bash("simap", "validate", ""))
        .containsExactlyInAnyOrder("my map.simap.yaml", "other.simap.yml", "sub dir");
  }

  @Test
  void bashCompletesAnyFileForOutput() throws Exception {
    assertThat(bash("simap", "export", "-o", "no")).containsExactly("notes.txt");
  }

  @Test
  void zshScriptIsValidSyntax() throws Exception {
    Run run = run(List.of("zsh", "-n", FOLDER.resolve(CompletionScripts.ZSH).toString()));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void fishScriptIsValidSyntax() throws Exception {
    Run run =
        run(List.of("fish", "--no-execute", FOLDER.resolve(CompletionScripts.FISH).toString()));

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void fishCompletesSubcommand() throws Exception {
    assertThat(fish("simap expo")).containsExactly("export");
  }

  @Test
  void fishCompletesClosedSetValue() throws Exception {
    assertThat(fish("simap export --format "))
        .containsExactlyInAnyOrder("markdown", "csv", "json", "dot");
  }

  @Test
  void fishCompletesMapFileWithSpaces() throws Exception {
    assertThat(fish("simap validate my")).containsExactly("my map.simap.yaml");
  }

  @Test
  void fishOffersMapsAndFoldersOnly() throws Exception {
    assertThat(fish("simap validate "))
        .containsExactlyInAnyOrder("my map.simap.yaml", "other.simap.yml", "sub dir/");
  }
}
