package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.simap.lint.Rules;

class ExplainCommandTest {

  private final CliRunner cli = new CliRunner(Path.of("."));

  static java.util.List<String> ruleIds() {
    return Rules.ids();
  }

  @Test
  void explainsRuleWithOptionsAndExamples() {
    CliRunner.Result result = cli.run("explain", "stale-evidence");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out())
        .startsWith(
            """
            stale-evidence (default severity: info)

            Finds evidence with a date older than a number of months (default 12).

            Systems change:""")
        .contains(
            "Options (in .simap.yaml under rules: stale-evidence:):\n"
                + "  months: how many months old evidence may be before it is reported"
                + " (default: 12)\n")
        .contains("Reported:\n  evidence:\n    - text: Median time")
        .contains("Not reported:\n  evidence:\n");
  }

  @Test
  void unknownRuleIsUsageErrorWithSuggestion() {
    CliRunner.Result result = cli.run("explain", "emtpy-level");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err())
        .startsWith(
            "simap: unknown rule 'emtpy-level' (did you mean 'empty-level'?); 'simap lint"
                + " --list-rules' lists the rules\n");
    assertThat(result.out()).isEmpty();
  }

  @Test
  void wrapsAtWordBoundaries() {
    assertThat(ExplainCommand.wrap("aaa bbb ccc", 7)).isEqualTo("aaa bbb\nccc");
  }

  @ParameterizedTest
  @MethodSource("ruleIds")
  void everyRuleHasDocumentation(String id) {
    CliRunner.Result result = cli.run("explain", id);

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).contains("Reported:\n  ").contains("Not reported:\n  ");
  }
}
