package org.simap.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.simap.model.Diagnostic;
import org.simap.model.SourcePosition;

class CheckedMapTest {

  private static final Diagnostic FIRST =
      Diagnostic.error(new SourcePosition("m.simap.yaml", 1, 1), "rule", "first");
  private static final Diagnostic SECOND =
      Diagnostic.warning(new SourcePosition("m.simap.yaml", 3, 1), "rule", "second");
  private static final Diagnostic THIRD =
      Diagnostic.warning(new SourcePosition("m.simap.yaml", 3, 7), "rule", "third");

  @Test
  void sortsDiagnostics() {
    CheckedMap checked =
        new CheckedMap("m.simap.yaml", Optional.empty(), List.of(THIRD, FIRST, SECOND));

    assertThat(checked.diagnostics()).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void copiesCallersList() {
    List<Diagnostic> diagnostics = new ArrayList<>(List.of(SECOND, FIRST));
    CheckedMap checked = new CheckedMap("m.simap.yaml", Optional.empty(), diagnostics);

    diagnostics.clear();

    assertThat(checked.diagnostics()).containsExactly(FIRST, SECOND);
  }

  @Test
  void rejectsChangesToDiagnostics() {
    CheckedMap checked = new CheckedMap("m.simap.yaml", Optional.empty(), List.of(FIRST));

    assertThatThrownBy(() -> checked.diagnostics().add(SECOND))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
