package org.simap.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.simap.io.MapSource;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;

/**
 * Runs one rule on a map written in a test, and formats each finding as {@code line:column:
 * message}, so that tests compare positions and messages in one string.
 */
public final class RuleTester {

  /** The date rules see as today, the same as the command-line tests use. */
  public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

  /** Levels from a map header; tests append the parts they need. */
  public static final String HEADER =
      """
      simap: 1
      title: Feedback
      problem: Students fail courses.
      """;

  private RuleTester() {}

  /** Returns the findings of a rule with default options on a map that must be valid. */
  public static List<String> check(LintRule rule, String yaml) {
    return check(rule, yaml, OptionValues.defaults());
  }

  public static List<String> check(LintRule rule, String yaml, OptionValues options) {
    CheckedMap checked = MapValidator.check(MapSource.of("m.simap.yaml", yaml));
    assertThat(checked.diagnostics()).as("the test map must be valid").isEmpty();
    RuleContext context = new RuleContext(checked.map().orElseThrow(), TODAY, options, Rules.ids());
    return rule.check(context).stream()
        .map(
            finding ->
                finding.position().line()
                    + ":"
                    + finding.position().column()
                    + ": "
                    + finding.message())
        .sorted()
        .toList();
  }

  /** Returns the targets of each finding, for waiver tests. */
  public static List<List<String>> targets(LintRule rule, String yaml) {
    CheckedMap checked = MapValidator.check(MapSource.of("m.simap.yaml", yaml));
    RuleContext context =
        new RuleContext(checked.map().orElseThrow(), TODAY, OptionValues.defaults(), Rules.ids());
    return rule.check(context).stream().map(Finding::targets).toList();
  }
}
