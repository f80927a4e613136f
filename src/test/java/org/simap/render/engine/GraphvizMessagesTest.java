package org.simap.render.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphvizMessagesTest {

  @Test
  void levelPartsApplyToFollowingMessages() {
    GraphvizMessages messages =
        GraphvizMessages.parse(
            List.of(
                "Warning", ": ", "first warning\n", "Error", ": ", "first error\n", "second error"),
            "");

    assertThat(messages.warnings()).containsExactly("first warning");
    assertThat(messages.errors()).containsExactly("first error", "second error");
  }

  @Test
  void multiLineMessageBecomesOneLine() {
    GraphvizMessages messages =
        GraphvizMessages.parse(
            List.of("Error", ": ", "syntax error in line 1\n... <b>x</b ...\nin label of node a\n"),
            "");

    assertThat(messages.errors())
        .containsExactly("syntax error in line 1 ... <b>x</b ... in label of node a");
  }

  @Test
  void standardErrorLinesAreSortedByPrefix() {
    GraphvizMessages messages =
        GraphvizMessages.parse(List.of(), "Error: broken\nWarning: odd\nplain note\n\n");

    assertThat(messages.errors()).containsExactly("broken");
    assertThat(messages.warnings()).containsExactly("odd", "plain note");
  }

  @Test
  void firstErrorCountsTheOthers() {
    GraphvizMessages messages = new GraphvizMessages(List.of("a", "b", "c"), List.of("w"));

    assertThat(messages.firstError()).isEqualTo("a (and 2 more errors)");
  }

  @Test
  void firstErrorCountsOneOtherInSingular() {
    GraphvizMessages messages = new GraphvizMessages(List.of("a", "b"), List.of());

    assertThat(messages.firstError()).isEqualTo("a (and 1 more error)");
  }

  @Test
  void firstErrorFallsBackToWarningThenPlaceholder() {
    assertThat(new GraphvizMessages(List.of(), List.of("w")).firstError()).isEqualTo("w");
    assertThat(new GraphvizMessages(List.of(), List.of()).firstError())
        .isEqualTo("no error message");
  }
}
