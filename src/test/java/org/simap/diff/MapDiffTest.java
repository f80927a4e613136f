package org.simap.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.simap.io.MapSource;
import org.simap.model.SystemMap;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;

class MapDiffTest {

  private static final String HEAD =
      """
      simap: 1
      title: Feedback
      problem: Students fail courses.
      """;

  private static SystemMap map(String body) {
    CheckedMap checked = MapValidator.check(MapSource.of("test.simap.yaml", HEAD + body));
    assertThat(checked.diagnostics()).as("test map is valid").isEmpty();
    return checked.map().orElseThrow();
  }

  private static final String TWO_LEVELS =
      """
      levels:
        - id: classroom
          name: Classroom
          elements:
            - {id: grading, type: process, name: Grading}
            - {id: calls, type: process, name: Calls home}
        - id: school
          name: School
          elements:
            - {id: policy, type: structure, name: Grading policy}
      links:
        - {from: calls, to: grading}
        - {from: policy, to: grading, type: supports}
      challenges:
        - {id: talk, name: Talking with families, elements: [calls]}
      focus:
        - {id: feedback, kind: improvement, name: Feedback, elements: [calls, grading]}
      waivers:
        - {rule: some-rule, target: calls, reason: Later.}
      """;

  @Test
  void identicalMapsHaveEmptyDiff() {
    MapDiff diff = MapDiff.compare(map(TWO_LEVELS), map(TWO_LEVELS));

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.summary()).isEqualTo("no changes");
  }

  @Test
  void renameIsFollowedByReferences() {
    MapDiff diff =
        MapDiff.compare(map(TWO_LEVELS), map(TWO_LEVELS.replace("calls", "phone-calls")));

    assertThat(diff.elements())
        .containsExactly(
            new ElementChange(
                ChangeKind.RENAMED,
                "phone-calls",
                Optional.of("calls"),
                org.simap.model.ElementType.PROCESS,
                "Calls home",
                "classroom",
                Optional.empty(),
                List.of()));
    assertThat(diff.links()).isEmpty();
    assertThat(diff.challenges()).isEmpty();
    assertThat(diff.focus()).isEmpty();
    assertThat(diff.waivers()).isEmpty();
  }

  @Test
  void renameWithChangedContentIsRemovedAndAdded() {
    MapDiff diff =
        MapDiff.compare(
            map(TWO_LEVELS),
            map(
                TWO_LEVELS
                    .replace("calls", "phone-calls")
                    .replace("name: Calls home", "name: Phone calls")));

    assertThat(diff.elementKinds())
        .containsExactly(
            Map.entry("phone-calls", ChangeKind.ADDED), Map.entry("calls", ChangeKind.REMOVED));
  }

  @Test
  void renameToAnotherLevelIsNotARename() {
    String moved =
        TWO_LEVELS
            .replace("      - {id: calls, type: process, name: Calls home}\n", "")
            .replace(
                "      - {id: policy, type: structure, name: Grading policy}\n",
                "      - {id: policy, type: structure, name: Grading policy}\n"
                    + "      - {id: phone-calls, type: process, name: Calls home}\n")
            .replace("[calls", "[phone-calls")
            .replace("from: calls", "from: phone-calls")
            .replace("target: calls", "target: phone-calls");

    MapDiff diff = MapDiff.compare(map(TWO_LEVELS), map(moved));

    assertThat(diff.elementKinds())
        .containsExactly(
            Map.entry("calls", ChangeKind.REMOVED), Map.entry("phone-calls", ChangeKind.ADDED));
  }

  @Test
  void moveKeepsFieldChanges() {
    String moved =
        TWO_LEVELS
            .replace("      - {id: calls, type: process, name: Calls home}\n", "")
            .replace(
                "      - {id: policy, type: structure, name: Grading policy}\n",
                "      - {id: policy, type: structure, name: Grading policy}\n"
                    + "      - {id: calls, type: process, name: Calls to families}\n");

    MapDiff diff = MapDiff.compare(map(TWO_LEVELS), map(moved));

    assertThat(diff.elements()).hasSize(1);
    ElementChange change = diff.elements().get(0);
    assertThat(change.kind()).isEqualTo(ChangeKind.MOVED);
    assertThat(change.level()).isEqualTo("school");
    assertThat(change.oldLevel()).contains("classroom");
    assertThat(change.fields())
        .containsExactly(
            FieldChange.of("name", Optional.of("Calls home"), Optional.of("Calls to families")));
    assertThat(diff.summary())
        .isEqualTo("school: 1 process moved in; classroom: 1 process moved out");
  }

  @Test
  void linkTypeChangeIsRemovedAndAdded() {
    MapDiff diff =
        MapDiff.compare(
            map(TWO_LEVELS), map(TWO_LEVELS.replace("type: supports", "type: depends-on")));

    assertThat(diff.links())
        .extracting(LinkChange::kind, LinkChange::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.ADDED, org.simap.model.LinkType.DEPENDS_ON),
            org.assertj.core.groups.Tuple.tuple(
                ChangeKind.REMOVED, org.simap.model.LinkType.SUPPORTS));
  }

  @Test
  void removedLevelListsItsElementsAsRemoved() {
    String withoutSchool =
        TWO_LEVELS
            .replace(
                """
                  - id: school
                    name: School
                    elements:
                      - {id: policy, type: structure, name: Grading policy}
                """,
                "")
            .replace("  - {from: policy, to: grading, type: supports}\n", "");

    MapDiff diff = MapDiff.compare(map(TWO_LEVELS), map(withoutSchool));

    assertThat(diff.levels())
        .containsExactly(new EntryChange(ChangeKind.REMOVED, "school", "School", List.of()));
    assertThat(diff.elementKinds()).containsExactly(Map.entry("policy", ChangeKind.REMOVED));
    assertThat(diff.elements().get(0).level()).isEqualTo("school");
    assertThat(diff.levelOrder()).isEmpty();
    assertThat(diff.summary()).isEqualTo("levels: -school; school: -1 structure; links: -1");
  }

  @Test
  void absentOldMapMakesEverythingAdded() {
    MapDiff diff = MapDiff.compare(Optional.empty(), Optional.of(map(TWO_LEVELS)));

    assertThat(diff.map())
        .containsExactly(
            FieldChange.of("title", Optional.empty(), Optional.of("Feedback")),
            FieldChange.of("problem", Optional.empty(), Optional.of("Students fail courses.")));
    assertThat(diff.elementKinds().values()).containsOnly(ChangeKind.ADDED).hasSize(3);
    assertThat(diff.links()).extracting(LinkChange::kind).containsOnly(ChangeKind.ADDED);
    assertThat(diff.levels()).extracting(EntryChange::kind).containsOnly(ChangeKind.ADDED);
  }

  @Test
  void focusStatusAndQuestionsAreReported() {
    String changed =
        TWO_LEVELS.replace(
            "elements: [calls, grading]}",
            "elements: [grading], status: testing, questions: [Who calls?]}");

    MapDiff diff = MapDiff.compare(map(TWO_LEVELS), map(changed));

    assertThat(diff.focus()).hasSize(1);
    assertThat(diff.focus().get(0).fields())
        .containsExactly(
            FieldChange.removedItem("elements", "calls"),
            FieldChange.addedItem("questions", "Who calls?"),
            FieldChange.of("status", Optional.empty(), Optional.of("testing")));
    assertThat(diff.summary()).isEqualTo("focus: 'feedback' no status → testing, 1 changed");
  }

  @Test
  void summaryCountsByElementType() {
    String added =
        TWO_LEVELS.replace(
            "      - {id: policy, type: structure, name: Grading policy}\n",
            "      - {id: policy, type: structure, name: Grading policy}\n"
                + "      - {id: a, type: norm, name: A}\n"
                + "      - {id: b, type: norm, name: B}\n"
                + "      - {id: c, type: process, name: C}\n");

    assertThat(MapDiff.compare(map(TWO_LEVELS), map(added)).summary())
        .isEqualTo("school: +1 process, +2 norms");
  }

  /** Builds a map of several levels with {@code count} elements and a link per element. */
  private static String largeMap(int count, boolean shuffled, String renamePrefix) {
    List<String> levels = new ArrayList<>();
    List<String> links = new ArrayList<>();
    int perLevel = count / 5;
    for (int level = 0; level < 5; level++) {
      List<String> elements = new ArrayList<>();
      for (int i = 0; i < perLevel; i++) {
        int n = level * perLevel + i;
        String id = (n % 10 == 0 ? renamePrefix : "e") + n;
        elements.add("      - {id: " + id + ", type: process, name: Element " + n + "}\n");
        if (n > 0) {
          String previous = ((n - 1) % 10 == 0 ? renamePrefix : "e") + (n - 1);
          links.add("  - {from: " + previous + ", to: " + id + "}\n");
        }
      }
      if (shuffled) {
        Collections.reverse(elements);
      }
      levels.add(
          "  - id: level-"
              + level
              + "\n    name: Level "
              + level
              + "\n    elements:\n"
              + String.join("", elements));
    }
    if (shuffled) {
      Collections.reverse(links);
    }
    return "levels:\n" + String.join("", levels) + "links:\n" + String.join("", links);
  }

  @Test
  @Timeout(30)
  void largeMapsMatchByIdWhateverTheOrder() {
    SystemMap before = map(largeMap(5000, false, "e"));
    SystemMap after = map(largeMap(5000, true, "r"));

    MapDiff diff = MapDiff.compare(before, after);

    assertThat(diff.elements()).hasSize(500);
    assertThat(diff.elements()).extracting(ElementChange::kind).containsOnly(ChangeKind.RENAMED);
    assertThat(diff.links()).isEmpty();
    assertThat(diff.summary())
        .isEqualTo(
            "level-0: 100 processes renamed; level-1: 100 processes renamed;"
                + " level-2: 100 processes renamed; level-3: 100 processes renamed;"
                + " level-4: 100 processes renamed");
  }
}
