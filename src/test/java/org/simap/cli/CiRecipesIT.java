package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.simap.TestFiles;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs the commands of the recipes in docs/ci.md and the hooks in .pre-commit-hooks.yaml, read from
 * those files, on copies of the example maps, so that the documentation cannot drift from what
 * simap accepts. Runs after packaging, because it uses the jar and the launcher.
 */
class CiRecipesIT {

  private static final Path ROOT = TestFiles.root();

  /** Steps that download simap, which a test cannot do without the network. */
  private static final Set<String> INSTALL_STEPS = Set.of("Install simap");

  @TempDir Path work;

  @TempDir Path bin;

  record Run(int exitCode, String out, String err) {}

  /** Returns the YAML blocks of docs/ci.md, each parsed. */
  private static List<Object> documentedYaml() {
    String doc = TestFiles.read(ROOT.resolve("docs/ci.md"));
    Matcher blocks = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(doc);
    List<Object> parsed = new ArrayList<>();
    while (blocks.find()) {
      parsed.add(new Load(LoadSettings.builder().build()).loadFromString(blocks.group(1)));
    }
    return parsed;
  }

  /** Returns the `run:` commands of the GitHub workflow, by step name. */
  @SuppressWarnings("unchecked")
  static List<Map.Entry<String, String>> githubCommands() {
    List<Map.Entry<String, String>> commands = new ArrayList<>();
    for (Object block : documentedYaml()) {
      if (block instanceof Map<?, ?> map && map.get("jobs") instanceof Map<?, ?> jobs) {
        for (Object job : jobs.values()) {
          for (Map<String, Object> step :
              (List<Map<String, Object>>) ((Map<?, ?>) job).get("steps")) {
            if (step.get("run") instanceof String run
                && !INSTALL_STEPS.contains(step.get("name"))) {
              commands.add(Map.entry("GitHub: " + step.get("name"), run));
            }
          }
        }
      }
    }
    return commands;
  }

  /** Returns the `script:` commands of the GitLab job. */
  static List<Map.Entry<String, String>> gitlabCommands() {
    List<Map.Entry<String, String>> commands = new ArrayList<>();
    for (Object block : documentedYaml()) {
      if (block instanceof Map<?, ?> map && !map.containsKey("jobs") && !map.containsKey("repos")) {
        for (Object job : map.values()) {
          if (job instanceof Map<?, ?> definition
              && definition.get("script") instanceof List<?> script) {
            for (Object line : script) {
              commands.add(Map.entry("GitLab: " + line, (String) line));
            }
          }
        }
      }
    }
    return commands;
  }

  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> hooks() {
    String text = TestFiles.read(ROOT.resolve(".pre-commit-hooks.yaml"));
    return (List<Map<String, Object>>)
        new Load(LoadSettings.builder().build()).loadFromString(text);
  }

  /** Creates a fresh folder with the example maps in maps/, for one command to run in. */
  private Path copyExamples() throws IOException {
    Path folder = Files.createTempDirectory(work, "run");
    try (Stream<Path> examples = TestFiles.examples()) {
      for (Path example : examples.toList()) {
        Path target = folder.resolve("maps").resolve(example.getFileName());
        Files.createDirectories(target.getParent());
        Files.copy(example, target);
      }
    }
    return folder;
  }

  /** Puts a {@code simap} on the PATH that runs the packaged jar. */
  private void installSimap() throws IOException {
    Path simap = bin.resolve("simap");
    Files.writeString(
        simap, "#!/bin/sh\nexec java -jar '" + System.getProperty("simap.jar") + "' \"$@\"\n");
    Files.setPosixFilePermissions(simap, PosixFilePermissions.fromString("rwxr-xr-x"));
  }

  private Run run(Path folder, List<String> command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile());
    builder.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    builder.environment().put("NO_COLOR", "1");
    Process process = builder.start();
    process.getOutputStream().close();
    byte[] out = process.getInputStream().readAllBytes();
    byte[] err = process.getErrorStream().readAllBytes();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("command finished").isTrue();
    return new Run(
        process.exitValue(),
        new String(out, StandardCharsets.UTF_8),
        new String(err, StandardCharsets.UTF_8));
  }

  @TestFactory
  Stream<DynamicTest> documentedCommandsSucceed() {
    List<Map.Entry<String, String>> commands = new ArrayList<>(githubCommands());
    commands.addAll(gitlabCommands());
    return commands.stream()
        .map(
            command ->
                DynamicTest.dynamicTest(
                    command.getKey(),
                    () -> {
                      Path folder = copyExamples();
                      installSimap();

                      Run run =
                          run(
                              folder,
                              List.of("bash", "-e", "-o", "pipefail", "-c", command.getValue()));

                      assertThat(run.exitCode()).as(run.err()).isZero();
                      if (command.getValue().contains("simap render")) {
                        assertRendered(folder.resolve("rendered"));
                      }
                    }));
  }

  /** Checks that the render recipe left one SVG drawing per example map. */
  private static void assertRendered(Path rendered) throws IOException {
    try (Stream<Path> files = Files.list(rendered)) {
      List<Path> drawings = files.sorted().toList();
      assertThat(drawings).hasSize((int) TestFiles.examples().count());
      for (Path drawing : drawings) {
        assertThat(drawing.getFileName().toString()).endsWith(".svg");
        assertThat(Files.readString(drawing)).startsWith("<?xml").contains("</svg>");
      }
    }
  }

  @Test
  void recipesHaveCommands() {
    assertThat(githubCommands()).extracting(Map.Entry::getValue).contains("simap validate .");
    assertThat(gitlabCommands()).extracting(Map.Entry::getValue).contains("simap validate .");
  }

  @TestFactory
  Stream<DynamicTest> preCommitHooksSucceed() {
    return hooks().stream()
        .map(
            hook ->
                DynamicTest.dynamicTest(
                    (String) hook.get("id"),
                    () -> {
                      String entry = (String) hook.get("entry");
                      Path folder = copyExamples();
                      List<String> command = new ArrayList<>();
                      // language: script runs the entry's first word from the hook repository.
                      String[] words = entry.split(" ");
                      command.add(ROOT.resolve(words[0]).toString());
                      command.addAll(List.of(words).subList(1, words.length));
                      try (Stream<Path> maps = Files.list(folder.resolve("maps"))) {
                        maps.sorted()
                            .forEach(map -> command.add(folder.relativize(map).toString()));
                      }

                      Run run = run(folder, command);

                      assertThat(run.exitCode()).as(run.err()).isZero();
                    }));
  }

  @Test
  void hooksMatchMapFilesOnly() {
    for (Map<String, Object> hook : hooks()) {
      Pattern files = Pattern.compile((String) hook.get("files"));
      assertThat(files.matcher("feedback.simap.yaml").find()).isTrue();
      assertThat(files.matcher("maps/feedback.simap.yml").find()).isTrue();
      assertThat(files.matcher(".simap.yaml").find()).as("lint configuration").isFalse();
      assertThat(files.matcher("maps/.simap.yaml").find()).as("lint configuration").isFalse();
      assertThat(files.matcher("notes.yaml").find()).isFalse();
      assertThat(hook.get("language")).isEqualTo("script");
    }
  }
}
