package org.simap.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

  private static final List<String> TYPES = List.of("structure", "process", "norm");

  @Test
  void suggestsCloseTypo() {
    assertThat(Suggestions.closest("proces", TYPES)).contains("process");
  }

  @Test
  void suggestsSwappedLetters() {
    assertThat(Suggestions.closest("nrom", TYPES)).contains("norm");
  }

  @Test
  void suggestsLowercaseForCapitalised() {
    assertThat(Suggestions.closest("Process", TYPES)).contains("process");
  }

  @Test
  void suggestsNothingForDistantWord() {
    assertThat(Suggestions.closest("budget", TYPES)).isEmpty();
    assertThat(Suggestions.hint("budget", TYPES)).isEmpty();
  }

  @Test
  void formatsHint() {
    assertThat(Suggestions.hint("strcture", TYPES)).isEqualTo(" (did you mean 'structure'?)");
  }
}
