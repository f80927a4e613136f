package org.simap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guru.nidi.graphviz.attribute.validate.ValidatorMessage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simap.model.SystemMap;

class DotWriterTest {

  private static final SystemMap EVERY_MARK = Maps.fixtureMap("every-mark");

  static List<Path> maps() {
    return Maps.all();
  }

  private static List<String> matches(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile(regex).matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
  }

  @Test
  void writesOneClusterPerLevelInMapOrder() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults());

    assertThat(matches(dot, "subgraph \"cluster_level-([a-z0-9-]+)\""))
        .containsExactly("classroom", "school", "district");
  }

  @Test
  void writesOneNodePerElement() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults());

    assertThat(matches(dot, "\\[\"id\"=\"element-([a-z0-9-]+)\""))
        .containsExactly("gradebook", "grading", "asking", "guidelines", "tutoring", "calls");
  }

  @Test
  void sameMapGivesSameText() {
    String first = DotWriter.write(EVERY_MARK, RenderOptions.defaults());
    String second = DotWriter.write(Maps.fixtureMap("every-mark"), RenderOptions.defaults());

    assertThat(second).isEqualTo(first);
  }

  @ParameterizedTest
  @MethodSource("maps")
  void usesOnlyAttributesGraphvizKnows(Path path) {
    List<ValidatorMessage> messages = new ArrayList<>();
    for (Layout layout : Layout.values()) {
      DotWriter.build(Maps.load(path), RenderOptions.defaults().withLayout(layout))
          .serialize(messages::add);
    }

    assertThat(messages).filteredOn(m -> m.severity != ValidatorMessage.Severity.INFO).isEmpty();
  }

  @Test
  void marksTypesByShapeAndColour() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults());

    assertThat(dot)
        .contains("\"element-gradebook\" [\"id\"=\"element-gradebook\",\"shape\"=\"box\"");
    assertThat(dot).contains("\"element-grading\" [\"id\"=\"element-grading\",\"shape\"=\"cds\"");
    assertThat(dot).contains("\"element-asking\" [\"id\"=\"element-asking\",\"shape\"=\"ellipse\"");
    assertThat(dot).contains("\"fillcolor\"=\"" + Theme.LIGHT.palette().structureFill() + "\"");
    assertThat(dot).contains("\"fillcolor\"=\"" + Theme.LIGHT.palette().processFill() + "\"");
    assertThat(dot).contains("\"fillcolor\"=\"" + Theme.LIGHT.palette().normFill() + "\"");
  }

  @Test
  void marksHighVariationWithThickBorderAndText() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults());

    String grading = line(dot, "\"element-grading\" [");
    assertThat(grading).contains("\"penwidth\"=\"4.0\"");
    assertThat(grading).contains("HIGH VARIATION");
  }

  @Test
  void marksMediumVariationWithDashedBorderAndText() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults());

    String asking = line(dot, "\"element-asking\" [");
    assertThat(asking).contains("\"style\"=\"filled,dashed\"");
    assertThat(asking).contains("MEDIUM VARIATION");
  }

  @Test
  void marksFocusElementsByKind() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults());

    assertThat(line(dot, "\"element-grading\" ["))
        .contains(
            "\"color\"=\"" + Theme.LIGHT.palette().improvement() + "\"",
            "\"peripheries\"=\"2\"",
            "★F1");
    assertThat(line(dot, "\"element-asking\" ["))
        .contains(
            "\"color\"=\"" + Theme.LIGHT.palette().investigate() + "\"",
            "\"peripheries\"=\"2\"",
            "?F2");
  }

  @Test
  void writesFocusNotesWithQuestions() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults());

    assertThat(line(dot, "\"focus-faster-grades\" ["))
        .contains("Does weekly entry help?", "IMPROVEMENT");
    assertThat(line(dot, "\"focus-asking-help\" [")).contains("INVESTIGATE");
  }

  @Test
  void marksChallengeMembersWithSharedBadge() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults());

    assertThat(line(dot, "\"element-grading\" [")).contains("◆C1");
    assertThat(line(dot, "\"element-guidelines\" [")).contains("◆C1");
    assertThat(line(dot, "\"legend-challenge-feedback\" [")).contains("◆C1 Feedback arrives late");
  }

  @Test
  void drawsLinksWithLabelsAndTypeStyles() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults());

    assertThat(line(dot, "\"element-grading\" -> \"element-gradebook\""))
        .contains("scores", "\"arrowhead\"=\"vee\"");
    assertThat(line(dot, "\"element-gradebook\" -> \"element-grading\""))
        .contains("\"style\"=\"dashed\"");
    assertThat(line(dot, "\"element-calls\" -> \"element-asking\""))
        .contains("\"arrowhead\"=\"tee\"");
    assertThat(line(dot, "\"element-tutoring\" -> \"element-asking\""))
        .contains("\"arrowhead\"=\"onormal\"");
  }

  @Test
  void legendListsOnlyWhatTheMapUses() {
    String dot = DotWriter.write(Maps.fixtureMap("no-subsystems"), RenderOptions.defaults());

    assertThat(matches(dot, "\\[\"id\"=\"(legend-[a-z-]+)\""))
        .containsExactly("legend-structure", "legend-process");
  }

  @Test
  void legendListsEveryMarkInUse() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults());

    assertThat(matches(dot, "\\[\"id\"=\"(legend-[a-z-]+)\""))
        .containsExactly(
            "legend-structure",
            "legend-process",
            "legend-norm",
            "legend-variation-high",
            "legend-variation-medium",
            "legend-focus-improvement",
            "legend-focus-investigate",
            "legend-link-influences",
            "legend-link-depends-on",
            "legend-link-feeds",
            "legend-link-conflicts-with",
            "legend-link-supports",
            "legend-challenge-feedback");
  }

  @Test
  void noLegendLeavesItOut() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults().withLegend(false));

    assertThat(dot).doesNotContain("legend");
  }

  @Test
  void drawsOnlyChosenLevels() {
    String dot =
        DotWriter.write(EVERY_MARK, RenderOptions.defaults().withLevels(List.of("school")));

    assertThat(matches(dot, "subgraph \"cluster_level-([a-z0-9-]+)\"")).containsExactly("school");
    assertThat(dot).doesNotContain("element-grading");
  }

  @Test
  void focusDrawsFocusElementsAndNeighbours() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults().withFocusOnly(true));

    assertThat(matches(dot, "\\[\"id\"=\"element-([a-z0-9-]+)\""))
        .containsExactly("gradebook", "grading", "asking", "guidelines", "tutoring", "calls");
    assertThat(matches(dot, "subgraph \"cluster_level-([a-z0-9-]+)\""))
        .containsExactly("classroom", "school");
  }

  @Test
  void focusLeavesOutUnlinkedElements() {
    SystemMap map =
        Maps.load(org.simap.TestFiles.root().resolve("examples/academic-feedback.simap.yaml"));

    String dot = DotWriter.write(map, RenderOptions.defaults().withFocusOnly(true));

    assertThat(dot).contains("element-grade-assignment");
    assertThat(dot).doesNotContain("element-policy-as-compliance");
  }

  @Test
  void reportsUnknownLevels() {
    assertThat(DotWriter.unknownLevels(EVERY_MARK, List.of("school", "shcool")))
        .containsExactly("shcool");
  }

  @Test
  void rejectsUnknownLevelInOptions() {
    RenderOptions options = RenderOptions.defaults().withLevels(List.of("nowhere"));

    assertThatThrownBy(() -> DotWriter.write(EVERY_MARK, options))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nowhere");
  }

  @Test
  void drawsEmptyLevelWithPlaceholder() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults());

    assertThat(line(dot, "\"empty:district\" [")).contains("(no elements)");
  }

  @Test
  void gridHasHeaderPerSubsystem() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults().withLayout(Layout.GRID));

    assertThat(matches(dot, "\\[\"id\"=\"(subsystem-[a-z-]+)\""))
        .containsExactly("subsystem-teaching", "subsystem-support", "subsystem-other");
    assertThat(line(dot, "\"element-calls\" [")).contains("\"group\"=\":other\"");
    assertThat(line(dot, "\"element-tutoring\" [")).contains("\"group\"=\"support\"");
  }

  @Test
  void widensNodeOfWideName() {
    String dot = DotWriter.write(Maps.fixtureMap("hard-text"), RenderOptions.defaults());

    // The name's lines are 'Élève café naïve', 16 characters at 6.7 points, and '日本語の成績 😀🎓',
    // 8 wide characters at 12 points and a space: 107.2 and 102.7 points. The wider, with 0.4
    // inches of margin and times the square root of 2 for an ellipse, is 2.67 inches.
    assertThat(line(dot, "\"element-unicode\" [")).contains("\"width\"=\"2.67\"");
    assertThat(line(dot, "\"element-backslashes\" [")).doesNotContain("\"width\"");
  }

  @Test
  void gridNumbersLinkLabels() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults().withLayout(Layout.GRID));

    String edge = line(dot, "\"element-grading\" -> \"element-gradebook\" [");
    assertThat(edge).contains("\"xlabel\"=<").contains("<B>1</B>").doesNotContain("scores");
    assertThat(line(dot, "\"link-labels-1\" ["))
        .contains("<B>1</B>")
        .contains("Grading → Grade book: scores");
    assertThat(matches(dot, "(?m)^\"(link-labels-\\d+)\" \\[")).containsExactly("link-labels-1");
  }

  @Test
  void gridSplitsManyLinkLabelsIntoColumns() {
    SystemMap map = Maps.load(Path.of("examples/hospital-discharge.simap.yaml"));
    long labelled = map.links().stream().filter(link -> link.label().isPresent()).count();

    String dot = DotWriter.write(map, RenderOptions.defaults().withLayout(Layout.GRID));

    List<String> columns = matches(dot, "(?m)^\"(link-labels-\\d+)\" \\[");
    assertThat(labelled).isGreaterThan(24);
    assertThat(columns).hasSize((int) ((labelled + 11) / 12));
    for (int number = 1; number <= labelled; number++) {
      assertThat(dot).contains("<B>" + number + "</B></TD><TD");
    }
    for (int column = 1; column < columns.size(); column++) {
      assertThat(dot)
          .as("columns kept in order")
          .contains(
              "\"link-labels-"
                  + column
                  + "\" -> \"link-labels-"
                  + (column + 1)
                  + "\" [\"style\"=\"invis\"]");
    }
  }

  @Test
  void levelsLayoutKeepsLinkLabelOnEdge() {
    String dot = DotWriter.write(EVERY_MARK, RenderOptions.defaults());

    assertThat(line(dot, "\"element-grading\" -> \"element-gradebook\" ["))
        .contains("\"label\"=<")
        .contains("scores");
    assertThat(dot).doesNotContain("link-labels");
  }

  @Test
  void gridWithoutSubsystemsDrawsLevelRows() {
    SystemMap map = Maps.fixtureMap("no-subsystems");

    String grid = DotWriter.write(map, RenderOptions.defaults().withLayout(Layout.GRID));

    assertThat(grid).isEqualTo(DotWriter.write(map, RenderOptions.defaults()));
  }

  @Test
  void setsDirectionAndTheme() {
    String dot =
        DotWriter.write(
            EVERY_MARK, RenderOptions.defaults().withDirection(Direction.LR).withTheme(Theme.DARK));

    assertThat(dot).contains("\"rankdir\"=\"LR\"");
    assertThat(dot).contains("\"bgcolor\"=\"" + Theme.DARK.palette().background() + "\"");
  }

  @Test
  void drawsRemovedElementsAsGhosts() {
    RenderOptions options =
        RenderOptions.defaults().withMarks(Map.of("calls", Mark.REMOVED, "tutoring", Mark.ADDED));

    String dot = DotWriter.write(EVERY_MARK, options);

    assertThat(line(dot, "\"element-calls\" ["))
        .contains("dashed", "REMOVED", "\"fontcolor\"=\"" + Theme.LIGHT.palette().ghost() + "\"");
    assertThat(line(dot, "\"element-tutoring\" [")).contains("ADDED");
    assertThat(dot).contains("\"id\"=\"legend-mark-added\"", "\"id\"=\"legend-mark-removed\"");
  }

  @Test
  void escapesBackslashesQuotesAndMarkup() {
    String dot = DotWriter.write(Maps.fixtureMap("hard-text"), RenderOptions.defaults());

    assertThat(dot).contains("S:\\\\Grades\\\\New and \\\\N \\\\G");
    assertThat(dot).contains("&lt;script&gt;alert(1)&lt;/script");
    assertThat(dot).contains("Classroom &lt;b&gt;bold?&lt;/b&gt; &amp; &quot;quoted&quot;");
    assertThat(dot).contains("https://example.org/grades?term=1&amp;view=all");
    assertThat(dot).doesNotContain("<script>");
  }

  private static String line(String dot, String start) {
    return dot.lines()
        .filter(l -> l.startsWith(start))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no line starts with " + start + " in\n" + dot));
  }
}
