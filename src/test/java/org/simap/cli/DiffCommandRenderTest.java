package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.simap.TestFiles;
import org.simap.TestGit;
import org.simap.render.engine.SvgDocuments;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Runs simap diff --render in process, on files and on real git repositories. */
@Timeout(60)
class DiffCommandRenderTest {

  private static final String SVG = "http://www.w3.org/2000/svg";

  static final String OLD =
      """
      simap: 1
      title: Feedback
      problem: Students fail courses.
      levels:
        - id: classroom
          name: Classroom
          elements:
            - {id: grading, type: process, name: Grading}
            - {id: rubric, type: structure, name: Rubric}
            - {id: late-penalty, type: norm, name: Late penalty}
        - id: school
          name: School
          elements:
            - {id: calendar, type: structure, name: Calendar}
      """;

  /** One element added, one changed, one moved and one removed. */
  static final String NEW =
      """
      simap: 1
      title: Feedback
      problem: Students fail courses.
      levels:
        - id: classroom
          name: Classroom
          elements:
            - {id: grading, type: process, name: Grading, description: Scores within a week.}
            - {id: no-late-work, type: norm, name: No late work}
        - id: school
          name: School
          elements:
            - {id: calendar, type: structure, name: Calendar}
            - {id: rubric, type: structure, name: Rubric}
      """;

  @TempDir Path dir;

  private CliRunner cli() {
    return new CliRunner(dir);
  }

  private void write(String name, String text) {
    TestFiles.write(dir.resolve(name), text);
  }

  private Document svg(String name) throws Exception {
    return SvgDocuments.parse(Files.readAllBytes(dir.resolve(name)));
  }

  /** Returns the ids of the SVG groups whose id starts with {@code prefix}, in document order. */
  private static List<String> groupIds(Document document, String prefix) {
    List<String> ids = new ArrayList<>();
    NodeList groups = document.getElementsByTagNameNS(SVG, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      String id = ((Element) groups.item(i)).getAttribute("id");
      if (id.startsWith(prefix)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static Element group(Document document, String id) {
    NodeList groups = document.getElementsByTagNameNS(SVG, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.getAttribute("id").equals(id)) {
        return group;
      }
    }
    throw new AssertionError("no SVG group with id " + id);
  }

  @Test
  void marksEveryKindOfChange() throws Exception {
    write("old.simap.yaml", OLD);
    write("new.simap.yaml", NEW);

    CliRunner.Result result =
        cli().run("diff", "old.simap.yaml", "new.simap.yaml", "--render", "changes.svg");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).isEmpty();
    assertThat(result.out()).startsWith("--- old.simap.yaml\n+++ new.simap.yaml\n");
    Document document = svg("changes.svg");
    assertThat(groupIds(document, "element-"))
        .containsExactlyInAnyOrder(
            "element-grading",
            "element-no-late-work",
            "element-late-penalty",
            "element-calendar",
            "element-rubric");
    assertThat(groupIds(document, "legend-mark-"))
        .containsExactlyInAnyOrder(
            "legend-mark-added", "legend-mark-changed", "legend-mark-moved", "legend-mark-removed");
  }

  @Test
  void removedElementIsDashedGhost() throws Exception {
    write("old.simap.yaml", OLD);
    write("new.simap.yaml", NEW);

    cli().run("diff", "old.simap.yaml", "new.simap.yaml", "--render", "changes.svg");

    Element ghost = group(svg("changes.svg"), "element-late-penalty");
    Element outline = (Element) ghost.getElementsByTagNameNS(SVG, "ellipse").item(0);
    assertThat(outline.getAttribute("stroke-dasharray")).isNotEmpty();
    assertThat(ghost.getTextContent()).contains("REMOVED");
  }

  @Test
  void legendListsOnlyMarksUsed() throws Exception {
    write("old.simap.yaml", OLD);
    write("new.simap.yaml", OLD.replace("name: Calendar}", "name: Calendar}\n" + addedNorm()));

    CliRunner.Result result =
        cli().run("diff", "old.simap.yaml", "new.simap.yaml", "--render", "changes.svg");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(groupIds(svg("changes.svg"), "legend-mark-")).containsExactly("legend-mark-added");
  }

  private static String addedNorm() {
    return "      - {id: open-doors, type: norm, name: Open doors}";
  }

  @Test
  void renamedElementIsMarkedChanged() throws Exception {
    write("old.simap.yaml", OLD);
    write("new.simap.yaml", OLD.replace("id: rubric,", "id: scoring-guide,"));

    CliRunner.Result result =
        cli().run("diff", "old.simap.yaml", "new.simap.yaml", "--render", "changes.svg");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Document document = svg("changes.svg");
    assertThat(groupIds(document, "legend-mark-")).containsExactly("legend-mark-changed");
    assertThat(groupIds(document, "element-")).contains("element-scoring-guide");
    assertThat(groupIds(document, "element-")).doesNotContain("element-rubric");
  }

  @Test
  void nativeDotEngineDrawsTheSameMarks() throws Exception {
    write("old.simap.yaml", OLD);
    write("new.simap.yaml", NEW);

    CliRunner.Result result =
        cli()
            .run(
                "diff",
                "old.simap.yaml",
                "new.simap.yaml",
                "--render",
                "changes.svg",
                "--engine",
                "dot");

    assertThat(result.exitCode()).as(result.err()).isZero();
    Document document = svg("changes.svg");
    assertThat(groupIds(document, "element-")).contains("element-late-penalty");
    assertThat(groupIds(document, "legend-mark-")).hasSize(4);
  }

  @Test
  void revisionsAgainstEachOther() throws Exception {
    TestGit git = TestGit.init(dir);
    git.write("maps/feedback.simap.yaml", OLD).commit("First");
    git.write("maps/feedback.simap.yaml", NEW).commit("Second");

    CliRunner.Result withPath =
        cli()
            .run(
                "diff",
                "HEAD~1",
                "HEAD",
                "--render",
                "paths.svg",
                "--",
                "maps/feedback.simap.yaml");
    CliRunner.Result changedMaps = cli().run("diff", "HEAD~1", "HEAD", "--render", "all.svg");

    assertThat(withPath.exitCode()).as(withPath.err()).isZero();
    assertThat(changedMaps.exitCode()).as(changedMaps.err()).isZero();
    assertThat(groupIds(svg("paths.svg"), "element-")).contains("element-late-penalty");
    assertThat(Files.readString(dir.resolve("all.svg")))
        .isEqualTo(Files.readString(dir.resolve("paths.svg")));
  }

  @Test
  void revisionAgainstWorkingTree() throws Exception {
    TestGit git = TestGit.init(dir);
    git.write("feedback.simap.yaml", OLD).commit("First");
    git.write("feedback.simap.yaml", NEW);

    CliRunner.Result result =
        cli().run("diff", "HEAD", "feedback.simap.yaml", "--render", "changes.svg");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(groupIds(svg("changes.svg"), "legend-mark-")).hasSize(4);
  }

  @Test
  void severalMapsAreUsageError() {
    TestGit git = TestGit.init(dir);
    git.write("a.simap.yaml", OLD).write("b.simap.yaml", OLD).commit("First");
    git.write("a.simap.yaml", NEW).write("b.simap.yaml", NEW).commit("Second");

    CliRunner.Result result = cli().run("diff", "HEAD~1", "HEAD", "--render", "changes.svg");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err())
        .startsWith(
            "simap: --render draws one map, but 2 map files are compared; name one map after --\n");
    assertThat(result.out()).isEmpty();
    assertThat(dir.resolve("changes.svg")).doesNotExist();
  }

  @Test
  void noChangedMapIsUsageError() {
    TestGit git = TestGit.init(dir);
    git.write("a.simap.yaml", OLD).commit("First");
    git.write("notes.txt", "not a map").commit("Second");

    CliRunner.Result result = cli().run("diff", "HEAD~1", "HEAD", "--render", "changes.svg");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("no map file changed");
    assertThat(dir.resolve("changes.svg")).doesNotExist();
  }

  @Test
  void standardOutputIsUsageError() {
    write("old.simap.yaml", OLD);
    write("new.simap.yaml", NEW);

    CliRunner.Result result =
        cli().run("diff", "old.simap.yaml", "new.simap.yaml", "--render", "-");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--render needs a file name");
  }

  @Test
  void engineWithoutRenderIsUsageError() {
    write("old.simap.yaml", OLD);
    write("new.simap.yaml", NEW);

    CliRunner.Result result =
        cli().run("diff", "old.simap.yaml", "new.simap.yaml", "--engine", "dot");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--engine applies only to the picture");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void embeddedEngineRejectsPng() {
    write("old.simap.yaml", OLD);
    write("new.simap.yaml", NEW);

    CliRunner.Result result =
        cli().run("diff", "old.simap.yaml", "new.simap.yaml", "--render", "changes.png");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(result.err()).contains("--engine dot");
    assertThat(dir.resolve("changes.png")).doesNotExist();
  }

  @Test
  void failedRenderKeepsPreviousFile() throws IOException {
    write("old.simap.yaml", OLD);
    write("new.simap.yaml", NEW);
    write("changes.svg", "previous picture");
    Path failing = dir.resolve("failing-dot");
    Files.writeString(failing, "#!/bin/sh\necho 'Error: syntax error in line 1' >&2\nexit 1\n");
    Files.setPosixFilePermissions(failing, PosixFilePermissions.fromString("rwx------"));

    CliRunner.Result result =
        cli()
            .run(
                "diff",
                "old.simap.yaml",
                "new.simap.yaml",
                "--render",
                "changes.svg",
                "--dot",
                failing.toString());

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(result.err()).startsWith("simap: changes.svg: render failed: ");
    assertThat(result.err().lines()).hasSize(1);
    assertThat(Files.readString(dir.resolve("changes.svg"))).isEqualTo("previous picture");
  }

  @Test
  void failedWriteLeavesNothing() throws IOException {
    write("old.simap.yaml", OLD);
    write("new.simap.yaml", NEW);
    Files.createDirectories(dir.resolve("changes.svg/occupied"));

    CliRunner.Result result =
        cli().run("diff", "old.simap.yaml", "new.simap.yaml", "--render", "changes.svg");

    assertThat(result.exitCode()).isEqualTo(ExitCodes.INPUT);
    assertThat(result.err()).contains("could not write the picture", "previous file is unchanged");
    assertThat(dir.resolve("changes.svg/occupied")).isDirectory();
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("changes.svg", "new.simap.yaml", "old.simap.yaml");
    }
  }
}
