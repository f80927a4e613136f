package org.simap.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.simap.model.Severity;

class ConfigResolverTest {

  @TempDir Path work;

  private static final LintRule NO_FOCUS = Rules.find("no-focus").orElseThrow();

  @BeforeEach
  void folders() throws IOException {
    // The .git folder stops the search, so no file above the temporary folder is read.
    Files.createDirectories(work.resolve(".git"));
    Files.createDirectories(work.resolve("quiet/deeper"));
    Files.createDirectories(work.resolve("loud"));
    Files.createDirectories(work.resolve("plain"));
    Files.writeString(work.resolve("quiet/.simap.yaml"), "rules:\n  no-focus: off\n");
    Files.writeString(
        work.resolve("loud/.simap.yaml"),
        """
        rules:
          no-focus: error
        overrides:
          - files: "drafts/**"
            rules:
              no-focus: info
        """);
  }

  private Optional<Severity> noFocus(ConfigResolver.Resolved resolved, String map) {
    assertThat(resolved.settings()).containsKey(map);
    return resolved.settings().get(map).severity(NO_FOCUS);
  }

  @Test
  void mapTakesNearestFileAbove() {
    List<String> maps =
        List.of(
            "quiet/a.simap.yaml",
            "quiet/b.simap.yaml",
            "quiet/deeper/c.simap.yaml",
            "loud/d.simap.yaml",
            "plain/e.simap.yaml",
            "f.simap.yaml",
            "<stdin>");

    ConfigResolver.Resolved resolved = ConfigResolver.discover(work).resolve(maps);

    assertThat(resolved.errors()).isEmpty();
    assertThat(noFocus(resolved, "quiet/a.simap.yaml")).isEmpty();
    assertThat(noFocus(resolved, "quiet/b.simap.yaml")).isEmpty();
    assertThat(noFocus(resolved, "quiet/deeper/c.simap.yaml")).isEmpty();
    assertThat(noFocus(resolved, "loud/d.simap.yaml")).contains(Severity.ERROR);
    assertThat(noFocus(resolved, "plain/e.simap.yaml")).contains(NO_FOCUS.defaultSeverity());
    assertThat(noFocus(resolved, "f.simap.yaml")).contains(NO_FOCUS.defaultSeverity());
    assertThat(noFocus(resolved, "<stdin>")).contains(NO_FOCUS.defaultSeverity());
  }

  @Test
  void globsMatchPathBelowFile() {
    List<String> maps = List.of("loud/drafts/a.simap.yaml", "loud/final/b.simap.yaml");

    ConfigResolver.Resolved resolved = ConfigResolver.discover(work).resolve(maps);

    assertThat(noFocus(resolved, "loud/drafts/a.simap.yaml")).contains(Severity.INFO);
    assertThat(noFocus(resolved, "loud/final/b.simap.yaml")).contains(Severity.ERROR);
  }

  @Test
  void differentSpellingsFindSameFolder() {
    String absolute = work.resolve("quiet/a.simap.yaml").toString();
    List<String> maps = List.of(absolute, "./quiet/b.simap.yaml", "plain/../quiet/c.simap.yaml");

    ConfigResolver.Resolved resolved = ConfigResolver.discover(work).resolve(maps);

    assertThat(noFocus(resolved, absolute)).isEmpty();
    assertThat(noFocus(resolved, "./quiet/b.simap.yaml")).isEmpty();
    assertThat(noFocus(resolved, "plain/../quiet/c.simap.yaml")).isEmpty();
  }

  @Test
  void rootIsNotTheWorkingFolder() {
    // The first name has no folder part and the second has "/", so they are in different folders.
    Path root = work.getRoot();
    List<String> maps = List.of("a.simap.yaml", root.resolve("a.simap.yaml").toString());

    ConfigResolver.Resolved resolved = ConfigResolver.discover(work.resolve("quiet")).resolve(maps);

    assertThat(noFocus(resolved, "a.simap.yaml")).isEmpty();
    assertThat(noFocus(resolved, root.resolve("a.simap.yaml").toString()))
        .contains(NO_FOCUS.defaultSeverity());
  }

  @Test
  void fixedFileAppliesToEveryMap() {
    List<String> maps = List.of("quiet/a.simap.yaml", "plain/e.simap.yaml", "<stdin>");

    ConfigResolver.Resolved resolved = ConfigResolver.fixed(work, "loud/.simap.yaml").resolve(maps);

    assertThat(noFocus(resolved, "quiet/a.simap.yaml")).contains(Severity.ERROR);
    assertThat(noFocus(resolved, "plain/e.simap.yaml")).contains(Severity.ERROR);
    assertThat(noFocus(resolved, "<stdin>")).contains(Severity.ERROR);
  }

  @Test
  void oddStdinNamesDoNotShareFolder() {
    // As paths, "quiet/" is the folder quiet, whose parent is the working folder. "" is the working
    // folder, whose parent is above it, and "loud/.." has the parent loud. So none of them may lend
    // its search to the maps that share its text before the last separator.
    List<String> maps = List.of("quiet/", "quiet/a.simap.yaml", "", "loud/..", "f.simap.yaml");

    ConfigResolver.Resolved resolved = ConfigResolver.discover(work).resolve(maps);

    assertThat(noFocus(resolved, "quiet/")).contains(NO_FOCUS.defaultSeverity());
    assertThat(noFocus(resolved, "quiet/a.simap.yaml")).isEmpty();
    assertThat(noFocus(resolved, "")).contains(NO_FOCUS.defaultSeverity());
    assertThat(noFocus(resolved, "loud/..")).contains(Severity.ERROR);
    assertThat(noFocus(resolved, "f.simap.yaml")).contains(NO_FOCUS.defaultSeverity());
  }

  @Test
  void stdinNameInFolderFindsItsFile() {
    List<String> maps = List.of("loud/a.simap.yaml", "loud/", "quiet/b.simap.yaml");

    ConfigResolver.Resolved resolved = ConfigResolver.discover(work).resolve(maps);

    assertThat(noFocus(resolved, "loud/a.simap.yaml")).contains(Severity.ERROR);
    assertThat(noFocus(resolved, "loud/")).contains(NO_FOCUS.defaultSeverity());
    assertThat(noFocus(resolved, "quiet/b.simap.yaml")).isEmpty();
  }
}
