package org.simap.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MapValidatorIdTest {

  @ParameterizedTest
  @ValueSource(strings = {"a", "0", "grading", "level-1", "9th-grade", "a--b", "x-"})
  void acceptsIds(String id) {
    assertThat(MapValidator.isId(id)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-a", "Grading", "level_1", "level 1", "é", "ａ", "a\n", "a.b"})
  void rejectsOtherText(String id) {
    assertThat(MapValidator.isId(id)).isFalse();
  }

  @Test
  void agreesWithThePublishedPattern() {
    Random random = new Random(7);
    String alphabet = "az09-_A Zé.\n";
    for (int n = 0; n < 20_000; n++) {
      StringBuilder id = new StringBuilder();
      int length = random.nextInt(6);
      for (int i = 0; i < length; i++) {
        id.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = id.toString();
      assertThat(MapValidator.isId(text))
          .as("'%s'", text)
          .isEqualTo(MapValidator.ID.matcher(text).matches());
    }
  }
}
