package org.simap.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simap.TestFiles;
import org.simap.io.MapSource;
import org.simap.model.ElementType;
import org.simap.model.Level;
import org.simap.model.SystemMap;

/** The example maps are the first thing a new user runs simap on, so they must be exemplary. */
class ExamplesTest {

  static Stream<Path> examples() {
    return TestFiles.examples();
  }

  private static CheckedMap check(Path example) throws Exception {
    String name = TestFiles.root().relativize(example).toString();
    return MapValidator.check(new MapSource(name, Files.readAllBytes(example)));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void exampleIsValidWithoutWarnings(Path example) throws Exception {
    CheckedMap checked = check(example);

    assertThat(checked.diagnostics()).isEmpty();
    assertThat(checked.valid()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("examples")
  void everyLevelHasEveryElementType(Path example) throws Exception {
    SystemMap map = check(example).map().orElseThrow();

    for (Level level : map.levels()) {
      for (ElementType type : ElementType.values()) {
        assertThat(level.elementsOf(type)).as("%s in level %s", type, level.id()).isNotEmpty();
      }
    }
  }

  @org.junit.jupiter.api.Test
  void oneExampleIsLargeWithSubsystems() throws Exception {
    boolean found = false;
    for (Path example : examples().toList()) {
      SystemMap map = check(example).map().orElseThrow();
      found |= map.elements().count() >= 40 && !map.subsystems().isEmpty();
    }
    assertThat(found).as("an example with 40 or more elements and subsystems").isTrue();
  }

  @org.junit.jupiter.api.Test
  void academicFeedbackFollowsWorkedExample() throws Exception {
    SystemMap map =
        check(TestFiles.root().resolve("examples/academic-feedback.simap.yaml"))
            .map()
            .orElseThrow();

    assertThat(map.levels())
        .extracting(Level::id)
        .containsExactly("classroom", "school", "district");
    assertThat(map.challenges()).isNotEmpty();
    assertThat(map.focus()).isNotEmpty();
  }
}
