package org.simap.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.simap.io.MapSource;
import org.simap.model.Element;
import org.simap.model.Level;
import org.simap.model.SystemMap;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;

class MergedMapTest {

  private static final String OLD =
      """
      simap: 1
      title: Feedback
      problem: Students fail courses.
      levels:
        - id: classroom
          name: Classroom
          elements:
            - {id: late-penalty, type: norm, name: Late penalty}
            - {id: grading, type: process, name: Grading}
        - id: district
          name: District
          elements:
            - {id: calendar, type: structure, name: Calendar}
        - id: school
          name: School
          elements:
            - {id: policy, type: structure, name: Grading policy}
      links:
        - {from: late-penalty, to: grading}
      """;

  private static final String NEW =
      """
      simap: 1
      title: Feedback
      problem: Students fail courses.
      levels:
        - id: classroom
          name: Classroom
          elements:
            - {id: grading, type: process, name: Grading}
            - {id: no-late-work, type: norm, name: No late work}
        - id: school
          name: School
          elements:
            - {id: policy, type: structure, name: Grading policy}
      """;

  private static SystemMap map(String text) {
    CheckedMap checked = MapValidator.check(MapSource.of("test.simap.yaml", text));
    assertThat(checked.diagnostics()).as("test map is valid").isEmpty();
    return checked.map().orElseThrow();
  }

  private static MergedMap merge(Optional<SystemMap> oldMap, Optional<SystemMap> newMap) {
    return MergedMap.of(oldMap, newMap, MapDiff.compare(oldMap, newMap));
  }

  private static List<String> ids(Level level) {
    return level.elements().stream().map(Element::id).toList();
  }

  @Test
  void removedElementGoesBackToItsLevel() {
    MergedMap merged = merge(Optional.of(map(OLD)), Optional.of(map(NEW)));

    Level classroom = merged.map().levels().get(0);
    assertThat(classroom.name()).isEqualTo("Classroom");
    assertThat(ids(classroom)).containsExactly("grading", "no-late-work", "late-penalty");
  }

  @Test
  void removedLevelBecomesGhostLevel() {
    MergedMap merged = merge(Optional.of(map(OLD)), Optional.of(map(NEW)));

    List<Level> levels = merged.map().levels();
    assertThat(levels).extracting(Level::id).containsExactly("classroom", "school", "district");
    assertThat(levels.get(2).name()).isEqualTo("District (removed)");
    assertThat(ids(levels.get(2))).containsExactly("calendar");
  }

  @Test
  void kindsCoverEveryChangedElement() {
    MergedMap merged = merge(Optional.of(map(OLD)), Optional.of(map(NEW)));

    assertThat(merged.kinds())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "no-late-work", ChangeKind.ADDED,
                "late-penalty", ChangeKind.REMOVED,
                "calendar", ChangeKind.REMOVED));
    assertThat(merged.map().elementsById())
        .containsKeys("no-late-work", "late-penalty", "calendar");
  }

  @Test
  void oldLinksAreNotPutBack() {
    MergedMap merged = merge(Optional.of(map(OLD)), Optional.of(map(NEW)));

    assertThat(merged.map().links()).isEmpty();
  }

  @Test
  void unchangedMapIsTheNewVersion() {
    SystemMap newMap = map(NEW);

    MergedMap merged = merge(Optional.of(map(NEW)), Optional.of(newMap));

    assertThat(merged.map()).isSameAs(newMap);
    assertThat(merged.kinds()).isEmpty();
  }

  @Test
  void addedMapHasEveryElementAdded() {
    MergedMap merged = merge(Optional.empty(), Optional.of(map(NEW)));

    assertThat(merged.kinds().values()).containsOnly(ChangeKind.ADDED).hasSize(3);
  }

  @Test
  void removedMapIsTheOldVersionAllRemoved() {
    SystemMap oldMap = map(OLD);

    MergedMap merged = merge(Optional.of(oldMap), Optional.empty());

    assertThat(merged.map()).isSameAs(oldMap);
    assertThat(merged.kinds().values()).containsOnly(ChangeKind.REMOVED).hasSize(4);
  }

  @Test
  void bothVersionsAbsentIsRejected() {
    MapDiff empty = MapDiff.compare(Optional.of(map(NEW)), Optional.of(map(NEW)));

    assertThatThrownBy(() -> MergedMap.of(Optional.empty(), Optional.empty(), empty))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
