package org.simap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.ScalarResolver;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/** Checks the number forms against SnakeYAML's core resolver, which uses regular expressions. */
class CoreNumbersTest {

  private static final ScalarResolver SNAKEYAML = new CoreSchema().getScalarResolver();

  /** Returns the tag that SnakeYAML's resolver gives a text that starts like a number. */
  private static Tag expected(String text) {
    Tag tag = SNAKEYAML.resolve(text, true);
    return tag.equals(Tag.INT) || tag.equals(Tag.FLOAT) ? tag : Tag.STR;
  }

  private static Tag actual(String text) {
    if (CoreNumbers.isInteger(text)) {
      return Tag.INT;
    }
    return CoreNumbers.isFloat(text) ? Tag.FLOAT : Tag.STR;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "0",
        "-12",
        "+7",
        "0o17",
        "0o8",
        "0o",
        "0x1F",
        "0xg",
        "0x",
        "-0x1",
        "1.5",
        "1.",
        ".5",
        ".",
        "-.5",
        "+1e3",
        "1e",
        "1e+",
        "1E-2",
        ".e1",
        "1.2.3",
        ".inf",
        "-.Inf",
        "+.INF",
        ".iNf",
        ".nan",
        "-.nan",
        ".NaN",
        "2026-01-01",
        "1_000",
        "١٢",
        "12 ",
        " 12",
        "-",
        "+",
        "--1"
      })
  void agreesOnKnownCases(String text) {
    assertThat(actual(text)).as(text).isEqualTo(expected(text));
  }

  @Test
  void agreesOnRandomTexts() {
    String alphabet = "0123456789+-.eExoabfABFinINfFnaN_ :٣";
    Random random = new Random(20261205);
    int numbers = 0;
    for (int n = 0; n < 200_000; n++) {
      StringBuilder text = new StringBuilder();
      text.append("0123456789+-.".charAt(random.nextInt(13)));
      int length = random.nextInt(8);
      for (int i = 0; i < length; i++) {
        text.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      Tag expected = expected(text.toString());
      assertThat(actual(text.toString())).as(text.toString()).isEqualTo(expected);
      if (!expected.equals(Tag.STR)) {
        numbers++;
      }
    }
    // The alphabet must make enough numbers for the comparison to mean something.
    assertThat(numbers).isGreaterThan(10_000);
  }
}
