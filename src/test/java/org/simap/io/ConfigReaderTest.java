package org.simap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simap.model.Diagnostic;

class ConfigReaderTest {

  @TempDir Path dir;

  private static ConfigReader.Result read(String text) {
    return ConfigReader.read(MapSource.of(".simap.yaml", text));
  }

  @Test
  void readsRulesAndOverrides() {
    ConfigReader.Result result =
        read(
            """
            rules:
              single-level: off
              stale-evidence: {severity: warning, months: 6}
            overrides:
              - files: "drafts/**"
                rules:
                  no-focus: off
            """);

    LintConfigFile config = result.config().orElseThrow();
    assertThat(result.errors()).isEmpty();
    assertThat(config.rules())
        .extracting(r -> r.rule().text())
        .containsExactly("single-level", "stale-evidence");
    assertThat(config.rules().get(0).severity().orElseThrow().text()).isEqualTo("off");
    assertThat(config.rules().get(1).options())
        .extracting(ConfigValue.Field::key)
        .containsExactly("months");
    assertThat(config.overrides().get(0).files().text()).isEqualTo("drafts/**");
    assertThat(config.overrides().get(0).rules().get(0).rule().position().line()).isEqualTo(7);
  }

  @Test
  void emptyFileChangesNothing() {
    ConfigReader.Result result = read("# nothing yet\n");

    assertThat(result.errors()).isEmpty();
    assertThat(result.config().orElseThrow().rules()).isEmpty();
  }

  @Test
  void reportsUnknownTopLevelKeyWithSuggestion() {
    assertThat(read("rule:\n  single-level: off\n").errors())
        .extracting(Diagnostic::toString)
        .containsExactly(
            ".simap.yaml:1:1: error: unknown field 'rule' in the configuration (did you mean"
                + " 'rules'?) [config]");
  }

  @Test
  void reportsDuplicateRule() {
    assertThat(read("rules:\n  single-level: off\n  single-level: info\n").errors())
        .extracting(Diagnostic::toString)
        .containsExactly(
            ".simap.yaml:3:3: error: duplicate key 'single-level' (first at line 2, column 3);"
                + " keep only one [config]");
  }

  @Test
  void reportsRulesOfWrongShape() {
    assertThat(read("rules: [single-level]\n").errors())
        .extracting(Diagnostic::toString)
        .containsExactly(
            ".simap.yaml:1:8: error: 'rules' must be a mapping of rule ids to settings, found a"
                + " list [config]");
  }

  @Test
  void reportsOverrideWithoutFiles() {
    assertThat(read("overrides:\n  - rules: {no-focus: off}\n").errors())
        .extracting(Diagnostic::toString)
        .containsExactly(
            ".simap.yaml:2:5: error: override is missing required field 'files' (a glob such as"
                + " 'drafts/**') [config]");
  }

  @Test
  void reportsYamlSyntaxError() {
    assertThat(read("rules: {single-level: off\n").errors())
        .extracting(Diagnostic::rule)
        .containsExactly("yaml-syntax");
  }

  @Test
  void findsNearestFileUpToRepositoryRoot() throws Exception {
    Path repo = dir.resolve("repo");
    Path maps = repo.resolve("maps/team");
    Files.createDirectories(maps);
    Files.createDirectories(repo.resolve(".git"));
    Files.writeString(repo.resolve(".simap.yaml"), "rules: {}\n");

    assertThat(ConfigReader.find(maps)).contains(repo.resolve(".simap.yaml"));
  }

  @Test
  void stopsAtRepositoryRoot() throws Exception {
    Path repo = dir.resolve("repo");
    Files.createDirectories(repo.resolve(".git"));
    Files.createDirectories(repo.resolve("maps"));
    Files.writeString(dir.resolve(".simap.yaml"), "rules: {}\n");

    assertThat(ConfigReader.find(repo.resolve("maps"))).isEmpty();
  }
}
