package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simap.TestFiles;
import org.simap.io.MapSource;
import org.simap.model.SystemMap;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;

class InitCommandTest {

  private static final Path GOLDEN = TestFiles.testResources().resolve("golden/init");

  /** The golden cases: file name to the arguments that produce it on standard output. */
  private static final List<List<String>> CASES =
      List.of(
          List.of("default.simap.yaml", "--title", "Course failure"),
          List.of(
              "custom.simap.yaml",
              "--title",
              "Hospital discharge: \"day one\"",
              "--problem",
              "Patients wait # hours",
              "--levels",
              "unit,hospital,health-system"));

  @TempDir Path dir;

  private CliRunner cli() {
    return new CliRunner(dir);
  }

  private static CheckedMap check(String text) {
    return MapValidator.check(MapSource.of("new.simap.yaml", text));
  }

  @Test
  void matchesGoldenOutput() {
    for (List<String> goldenCase : CASES) {
      List<String> args = new java.util.ArrayList<>(List.of("init", "-"));
      args.addAll(goldenCase.subList(1, goldenCase.size()));
      CliRunner.Result result = cli().run(args.toArray(String[]::new));
      Path golden = GOLDEN.resolve(goldenCase.get(0));
      if (TestFiles.updateGolden()) {
        TestFiles.write(golden, result.out());
      }

      assertThat(result.exitCode()).as(result.err()).isZero();
      assertThat(result.out()).as(golden.toString()).isEqualTo(TestFiles.read(golden));
    }
  }

  @Test
  void everyGoldenFileHasItsCase() throws Exception {
    List<String> names = CASES.stream().map(c -> c.get(0)).toList();
    try (Stream<Path> files = Files.list(GOLDEN)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(n -> !names.contains(n)))
          .as("golden files without a case")
          .isEmpty();
    }
  }

  @Test
  void defaultMapIsValidWithoutWarnings() {
    CliRunner.Result result = cli().run("init", "-");

    CheckedMap checked = check(result.out());
    assertThat(checked.valid()).isTrue();
    assertThat(checked.diagnostics()).isEmpty();
  }

  @Test
  void newMapLintsWithOnlyNoFocusNote() throws Exception {
    Files.writeString(dir.resolve("new.simap.yaml"), cli().run("init", "-").out());

    CliRunner.Result result = cli().run("lint", "--fail-on", "info", "new.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "new.simap.yaml: info: the map has no focus entries; record the areas for improvement"
                + " and the places to investigate that the analysis found under 'focus'"
                + " [no-focus]\n"
                + "1 file checked, 0 invalid, 0 errors, 1 note\n");
  }

  @Test
  void defaultMapHasThreeLevelsWithEveryElementType() {
    SystemMap map = check(cli().run("init", "-").out()).map().orElseThrow();

    assertThat(map.levels())
        .extracting(l -> l.id())
        .containsExactly("classroom", "school", "district");
    assertThat(map.levels())
        .allSatisfy(
            level ->
                assertThat(level.elements())
                    .extracting(e -> e.type().keyword())
                    .containsExactly("structure", "process", "norm"));
  }

  @Test
  void everyElementIsLinkedOrInChallenge() {
    SystemMap map = check(cli().run("init", "-", "--levels", "a,b,c,d").out()).map().orElseThrow();

    map.elements()
        .forEach(
            element ->
                assertThat(
                        map.links().stream()
                            .anyMatch(
                                l -> l.from().equals(element.id()) || l.to().equals(element.id())))
                    .as("element %s is linked", element.id())
                    .isTrue());
  }

  @Test
  void elementNamesAreUnique() {
    SystemMap map = check(cli().run("init", "-").out()).map().orElseThrow();

    List<String> names = map.elements().map(e -> e.name()).toList();
    assertThat(names).doesNotHaveDuplicates();
  }

  @Test
  void focusExampleIsCommentedOut() {
    String text = cli().run("init", "-").out();

    assertThat(check(text).map().orElseThrow().focus()).isEmpty();
    assertThat(text).contains("\n# focus:\n");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Course failure: \"draft\"",
        "# not a comment",
        "- leading hyphen",
        "line one\nline two",
        "tab\there",
        "back\\slash \\n",
        "'single quotes'",
        "null",
        "~",
        "  spaces around  ",
        "[flow, list]",
        "{a: b}",
        "&anchor",
        "*alias",
        "!tag",
        "|",
        ">",
        "%directive",
        "@at",
        "`tick`",
        "---",
        "...",
        "key: value",
        "trailing colon:",
        "a #b",
        "é ünïcode 🎉",
        "line\u2028separator",
        "next\u0085line",
        "crlf\r\nend",
        "yes",
        "1.10",
        "trailing newline\n",
      })
  void hostileTextRoundTripsExactly(String text) {
    CliRunner.Result result = cli().run("init", "-", "--title", text, "--problem", text);

    CheckedMap checked = check(result.out());
    assertThat(checked.diagnostics()).isEmpty();
    SystemMap map = checked.map().orElseThrow();
    assertThat(map.title()).isEqualTo(text);
    assertThat(map.problem()).isEqualTo(text);
  }

  @Test
  void writesFileAndConfirms() throws Exception {
    CliRunner.Result result = cli().run("init", "course-failure.simap.yaml");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .isEqualTo(
            "simap: created course-failure.simap.yaml; replace the placeholders, then run"
                + " 'simap validate course-failure.simap.yaml'\n");
    assertThat(result.out()).isEmpty();
    String written = Files.readString(dir.resolve("course-failure.simap.yaml"));
    assertThat(check(written).map().orElseThrow().title()).isEqualTo("Course failure");
  }

  @Test
  void leavesNoTemporaryFiles() throws Exception {
    cli().run("init", "map.simap.yaml");

    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("map.simap.yaml");
    }
  }

  @Test
  void refusesToReplaceExistingFile() throws Exception {
    Path existing = dir.resolve("map.simap.yaml");
    Files.writeString(existing, "keep me");

    CliRunner.Result result = cli().run("init", "map.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err())
        .isEqualTo(
            "simap: map.simap.yaml: file already exists; init never replaces a file, so choose"
                + " another name\n");
    assertThat(Files.readString(existing)).isEqualTo("keep me");
  }

  @Test
  void warnsAboutNameThatFoldersSkip() {
    CliRunner.Result result = cli().run("init", "notes.yaml");

    assertThat(result.exitCode()).isZero();
    assertThat(result.err())
        .startsWith(
            "simap: warning: notes.yaml does not end in .simap.yaml or .simap.yml, so commands"
                + " given a folder will not find it\n");
  }

  @Test
  void missingFolderExitsThree() {
    CliRunner.Result result = cli().run("init", "no/such/map.simap.yaml");

    assertThat(result.exitCode()).isEqualTo(3);
    assertThat(result.err())
        .isEqualTo("simap: no/such/map.simap.yaml: folder not found; create the folder first\n");
  }

  @Test
  void singleLevelIsValid() {
    CliRunner.Result result = cli().run("init", "-", "--levels", "ward");

    SystemMap map = check(result.out()).map().orElseThrow();
    assertThat(map.levels()).extracting(l -> l.name()).containsExactly("Ward");
  }

  @Test
  void levelNamesComeFromIds() {
    CliRunner.Result result = cli().run("init", "-", "--levels", "central-office,9th-grade");

    SystemMap map = check(result.out()).map().orElseThrow();
    assertThat(map.levels())
        .extracting(l -> l.name())
        .containsExactly("Central office", "9th grade");
  }

  @Test
  void invalidLevelIdExitsTwo() {
    CliRunner.Result result = cli().run("init", "-", "--levels", "classroom,High School");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith(
            "simap: invalid level id 'High School'; ids use lowercase letters, digits and"
                + " hyphens, such as 'school'\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void repeatedLevelIdExitsTwo() {
    CliRunner.Result result = cli().run("init", "-", "--levels", "school,school");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("simap: level id 'school' is given twice\n");
  }

  @Test
  void levelIdClashingWithElementIdExitsTwo() {
    CliRunner.Result result = cli().run("init", "-", "--levels", "school,school-norm");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith(
            "simap: level id 'school-norm' is also the id of the norm of level 'school'; choose"
                + " another level id\n");
  }

  @Test
  void emptyTitleExitsTwo() {
    CliRunner.Result result = cli().run("init", "-", "--title", " ");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).startsWith("simap: title is empty; give the map's title\n");
  }

  @Test
  void controlCharacterInProblemExitsTwo() {
    CliRunner.Result result = cli().run("init", "-", "--problem", "bell\u0007");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith("simap: problem contains the control character U+0007; remove it\n");
  }
}
