package org.simap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.simap.TestFiles;
import org.simap.model.Diagnostic;
import org.simap.model.Element;
import org.simap.model.ElementType;
import org.simap.model.Rating;
import org.simap.model.SystemMap;

class MapLoaderTest {

  private static final Path VALIDATE = TestFiles.testResources().resolve("validate");

  private static LoadResult load(String name) {
    byte[] bytes = TestFiles.read(VALIDATE.resolve(name)).getBytes(StandardCharsets.UTF_8);
    return MapLoader.load(new MapSource(name, bytes));
  }

  @Test
  void readsYesNoOnOffAsText() {
    SystemMap map = load("yaml-booleans-are-text.simap.yaml").map().orElseThrow();

    assertThat(map.title()).isEqualTo("no");
    assertThat(map.problem()).isEqualTo("yes");
    assertThat(map.levels().get(0).name()).isEqualTo("on");
    assertThat(map.levels().get(0).elements().get(0).name()).isEqualTo("off");
    assertThat(map.levels().get(0).elements().get(0).tags()).containsExactly("yes", "no");
  }

  @Test
  void readsByteOrderMarkAndCrlf() throws Exception {
    byte[] bytes = java.nio.file.Files.readAllBytes(VALIDATE.resolve("bom-crlf.simap.yaml"));
    LoadResult result = MapLoader.load(new MapSource("bom-crlf.simap.yaml", bytes));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.map().orElseThrow().title()).isEqualTo("Feedback");
    assertThat(result.map().orElseThrow().levels().get(0).name()).isEqualTo("Classroom");
  }

  @Test
  void readsEveryElementField() {
    String text =
        """
        simap: 1
        title: Feedback
        problem: Students fail.
        root_causes:
          - id: late-grades
            text: Grades arrive late.
        subsystems:
          - id: instruction
            name: Instruction
        levels:
          - id: classroom
            name: Classroom
            elements:
              - id: grading
                type: process
                name: "Grades in S:\\\\Grades\\\\New & <b>"
                description: How teachers grade.
                subsystem: instruction
                variation: high
                evidence:
                  - text: 3 to 40 grades per term.
                    source: data
                    date: 2026-10-02
                root_causes: [late-grades]
                owner: Teachers
                tags: [communication]
                url: https://example.org/grading
        """;
    LoadResult result = MapLoader.load(MapSource.of("m.simap.yaml", text));

    assertThat(result.diagnostics()).isEmpty();
    Element element = result.map().orElseThrow().levels().get(0).elements().get(0);
    assertThat(element.type()).isEqualTo(ElementType.PROCESS);
    assertThat(element.name()).isEqualTo("Grades in S:\\Grades\\New & <b>");
    assertThat(element.variation()).contains(Rating.HIGH);
    assertThat(element.evidence().get(0).date())
        .hasValueSatisfying(d -> assertThat(d).hasDayOfMonth(2));
    assertThat(element.rootCauses()).containsExactly("late-grades");
    assertThat(element.url()).contains("https://example.org/grading");
    assertThat(element.positions().of("variation").line()).isEqualTo(19);
    assertThat(element.positions().of("variation").column()).isEqualTo(20);
  }

  @Test
  @Timeout(10)
  void rejectsDeepNesting() {
    String text = "simap: 1\nlevels: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n";
    LoadResult result = MapLoader.load(MapSource.of("deep.simap.yaml", text));

    assertThat(result.map()).isEmpty();
    assertThat(result.diagnostics())
        .singleElement()
        .extracting(Diagnostic::rule, Diagnostic::message)
        .containsExactly(
            "yaml-limit",
            "lists and mappings are nested more than 64 levels deep; a map never needs more than a few");
  }

  @Test
  @Timeout(10)
  void rejectsDeepBlockNesting() {
    StringBuilder text = new StringBuilder("simap: 1\n");
    for (int i = 0; i < 10_000; i++) {
      text.append(" ".repeat(i)).append("k:\n");
    }
    LoadResult result = MapLoader.load(MapSource.of("deep.simap.yaml", text.toString()));

    assertThat(result.map()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::rule).containsExactly("yaml-limit");
  }

  @Test
  @Timeout(10)
  void rejectsVeryLongLine() {
    String text = "simap: 1\ntitle: " + "x".repeat(Limits.MAX_LINE_CHARS + 1) + "\n";
    LoadResult result = MapLoader.load(MapSource.of("long.simap.yaml", text));

    assertThat(result.map()).isEmpty();
    assertThat(result.diagnostics())
        .singleElement()
        .extracting(Diagnostic::rule)
        .isEqualTo("yaml-limit");
    assertThat(result.diagnostics().get(0).position().line()).isEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "simap: 1\ntitle: t\n# %s\n",
        "simap: 1\ntitle: t\ndescription: >\n  %s\n",
        "simap: 1\ntitle: t\n# %s",
        "simap: 1\ntitle: t\n%s: x\n"
      })
  @Timeout(10)
  void rejectsVeryLongLineAnywhere(String template) {
    String text = template.formatted("x".repeat(Limits.MAX_LINE_CHARS + 1));
    LoadResult result = MapLoader.load(MapSource.of("long.simap.yaml", text));

    assertThat(result.map()).isEmpty();
    assertThat(result.diagnostics()).extracting(Diagnostic::rule).containsExactly("yaml-limit");
  }

  private static LoadResult withEvidenceDate(String date) {
    String text =
        """
        simap: 1
        title: t
        problem: p
        levels:
          - id: school
            name: School
            elements:
              - id: grading
                type: process
                name: Grading
                evidence:
                  - text: Seen in records.
                    date: %s
        """
            .formatted(date);
    return MapLoader.load(MapSource.of("dates.simap.yaml", text));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2024-02-29", "2026-12-31", "0000-01-01", "'2026-10-02'"})
  void readsCalendarDates(String date) {
    LoadResult result = withEvidenceDate(date);

    assertThat(result.diagnostics()).isEmpty();
    Element element = result.map().orElseThrow().levels().get(0).elements().get(0);
    assertThat(element.evidence().get(0).date())
        .contains(java.time.LocalDate.parse(date.replace("'", "")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00"})
  void rejectsDaysThatDoNotExist(String date) {
    LoadResult result = withEvidenceDate(date);

    assertThat(result.diagnostics())
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .contains("invalid date '" + date + "'")
        .endsWith(": that day does not exist");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2026-2-28", "26-02-28", "2026/02/28", "２０２６-02-28", "2026-02-28x"})
  void rejectsOtherDateShapes(String date) {
    LoadResult result = withEvidenceDate(date);

    assertThat(result.diagnostics())
        .singleElement()
        .extracting(Diagnostic::message)
        .asString()
        .endsWith("; write it as YYYY-MM-DD, such as 2026-10-02");
  }

  private static java.util.List<String> versionMessages(String version) {
    String text = "simap: " + version + "\ntitle: t\nproblem: p\nlevels: [{id: a, name: A}]\n";
    return MapLoader.load(MapSource.of("v.simap.yaml", text)).diagnostics().stream()
        .map(Diagnostic::message)
        .toList();
  }

  @Test
  void readsVersionWithLeadingZeros() {
    assertThat(versionMessages("000000001")).isEmpty();
    assertThat(versionMessages("2")).singleElement().asString().contains("format version 2");
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.0", "0x1", "1234567890", "'1'", "-1"})
  void rejectsVersionNotWholeNumber(String version) {
    assertThat(versionMessages(version))
        .singleElement()
        .asString()
        .startsWith("'simap' must be a whole number");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"\"a\\u0007b\"", "\"a\\u202Eb\"", "\"a\\x07b\"", "\"a\u202Eb\"", "a\u2067b"})
  void warnsAboutRawAndEscapedControls(String title) {
    LoadResult result =
        MapLoader.load(
            MapSource.of(
                "c.simap.yaml",
                "simap: 1\ntitle: " + title + "\nproblem: p\nlevels: [{id: a, name: A}]\n"));

    assertThat(result.diagnostics())
        .as(title)
        .extracting(Diagnostic::rule)
        .containsAnyOf("control-character", "bidi-control");
  }

  @Test
  @Timeout(20)
  void readsMapPastKeptLineEnds() {
    int lines = Text.MAX_LINE_ENDS + 10;
    String text =
        "#\n".repeat(lines) + "simap: 1\ntitle: t\nproblem: p\nlevels: [{id: a, name: A}]\n";
    LoadResult result = MapLoader.load(MapSource.of("long.simap.yaml", text));

    assertThat(result.diagnostics()).isEmpty();
    assertThat(result.map().orElseThrow().positions().of("title").line()).isEqualTo(lines + 2);
  }

  @Test
  @Timeout(20)
  void reportsFieldPastKeptLineEnds() {
    int lines = Text.MAX_LINE_ENDS + 3;
    String text =
        "simap: 1\ntitle: t\nproblem: p\n"
            + "#\n".repeat(lines)
            + "levels:\n  - id: a\n    name: A\n    colour: red\n";
    LoadResult result = MapLoader.load(MapSource.of("long.simap.yaml", text));

    assertThat(result.diagnostics())
        .singleElement()
        .extracting(d -> d.position().line())
        .isEqualTo(lines + 7);
  }

  @Test
  void readsLineAtTheLengthLimit() {
    String text = "simap: 1\ntitle: " + "x".repeat(Limits.MAX_LINE_CHARS - 7) + "\n";
    LoadResult result = MapLoader.load(MapSource.of("long.simap.yaml", text));

    assertThat(result.diagnostics()).extracting(Diagnostic::rule).doesNotContain("yaml-limit");
  }

  @Test
  @Timeout(10)
  void rejectsFileOverSizeLimit() {
    byte[] bytes = new byte[Limits.MAX_FILE_BYTES + 1];
    java.util.Arrays.fill(bytes, (byte) 'a');
    LoadResult result = MapLoader.load(new MapSource("big.simap.yaml", bytes));

    assertThat(result.diagnostics())
        .singleElement()
        .extracting(Diagnostic::message)
        .isEqualTo("file is larger than 32 MiB; split the map into smaller maps");
  }

  @Test
  @Timeout(10)
  void rejectsBinaryData() {
    byte[] bytes = new byte[4096];
    new Random(7).nextBytes(bytes);
    LoadResult result = MapLoader.load(new MapSource("noise.simap.yaml", bytes));

    assertThat(result.map()).isEmpty();
    assertThat(result.diagnostics())
        .singleElement()
        .extracting(Diagnostic::rule)
        .isEqualTo("encoding");
  }

  @Test
  void readsReplacementCharacterWrittenInFile() {
    LoadResult result =
        MapLoader.load(MapSource.of("fffd.simap.yaml", "simap: 1\ntitle: a\uFFFDb\n"));

    assertThat(result.diagnostics()).extracting(Diagnostic::rule).doesNotContain("encoding");
  }

  @Test
  void rejectsInvalidByteBesideReplacementCharacter() {
    byte[] text = "simap: 1\ntitle: \uFFFD".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    byte[] bytes = java.util.Arrays.copyOf(text, text.length + 2);
    bytes[text.length] = (byte) 0xC3;
    bytes[text.length + 1] = (byte) '\n';

    LoadResult result = MapLoader.load(new MapSource("bad.simap.yaml", bytes));

    assertThat(result.diagnostics())
        .singleElement()
        .extracting(Diagnostic::rule)
        .isEqualTo("encoding");
  }

  @Test
  void rejectsNulCharacterAsYamlError() {
    LoadResult result =
        MapLoader.load(MapSource.of("nul.simap.yaml", "simap: 1\ntitle: a\u0000b\n"));

    assertThat(result.diagnostics())
        .singleElement()
        .extracting(Diagnostic::rule)
        .isEqualTo("yaml-syntax");
    assertThat(result.diagnostics().get(0).position().line()).isEqualTo(2);
    assertThat(result.diagnostics().get(0).position().column()).isEqualTo(9);
    assertThat(result.diagnostics().get(0).message()).contains("U+0000");
  }
}
