package org.simap.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simap.io.MapSource;
import org.simap.model.Diagnostic;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;

class MapLinterTest {

  /** Two levels: 'district' is empty, 'school' lacks norms. */
  private static final String MAP =
      RuleTester.HEADER
          + """
          levels:
            - id: school
              name: School
              elements:
                - {id: guidelines, type: structure, name: Guidelines, description: Rules.}
                - {id: review, type: process, name: Review, description: Lists.}
            - id: district
              name: District
          links:
            - {from: guidelines, to: review}
          focus:
            - {id: review-focus, kind: improvement, name: Review, elements: [review]}
          """;

  private static List<String> lint(String yaml) {
    CheckedMap checked = MapValidator.check(MapSource.of("m.simap.yaml", yaml));
    return MapLinter.lint(checked, RuleSettings.defaults(), RuleTester.TODAY).diagnostics().stream()
        .map(d -> d.position().line() + ":" + d.position().column() + " " + d.rule())
        .toList();
  }

  @Test
  void reportsFindingsWithRuleIds() {
    assertThat(lint(MAP)).containsExactly("5:9 missing-element-type", "10:9 empty-level");
  }

  @Test
  void skipsRulesOnInvalidMap() {
    CheckedMap checked =
        MapValidator.check(MapSource.of("m.simap.yaml", MAP.replace("name: School", "nme: x")));

    List<Diagnostic> diagnostics =
        MapLinter.lint(checked, RuleSettings.defaults(), RuleTester.TODAY).diagnostics();

    assertThat(diagnostics)
        .extracting(Diagnostic::rule)
        .containsOnly("required-field", "unknown-field");
  }

  @Test
  void waiverWithTargetSuppressesThatFinding() {
    String map = MAP + waiver("empty-level", "district", null);

    assertThat(lint(map)).containsExactly("5:9 missing-element-type");
  }

  @Test
  void waiverWithOtherTargetSuppressesNothing() {
    String map = MAP + waiver("missing-element-type", "district", null);

    assertThat(lint(map)).containsExactly("5:9 missing-element-type", "10:9 empty-level");
  }

  @Test
  void waiverWithoutTargetCoversWholeMap() {
    String map = MAP + waiver("missing-element-type", null, null);

    assertThat(lint(map)).containsExactly("10:9 empty-level");
  }

  @Test
  void waiverHoldsThroughItsUntilDate() {
    String map = MAP + waiver("empty-level", "district", "2026-12-01");

    assertThat(lint(map)).containsExactly("5:9 missing-element-type");
  }

  @Test
  void expiredWaiverIsReportedAndSuppressesNothing() {
    String map = MAP + waiver("empty-level", "district", "2026-11-30");

    assertThat(lint(map))
        .containsExactly("5:9 missing-element-type", "10:9 empty-level", "20:12 expired-waiver");
  }

  @Test
  void waiverRulesCannotBeWaived() {
    String map =
        MAP
            + waiver("empty-level", "district", "2026-11-30")
            + "  - {rule: expired-waiver, reason: Not now.}\n";

    assertThat(lint(map)).contains("20:12 expired-waiver");
  }

  @Test
  void configuredOffRuleIsSkipped() {
    CheckedMap checked = MapValidator.check(MapSource.of("m.simap.yaml", MAP));
    RuleSettings settings =
        RuleSettings.defaults()
            .apply(
                List.of(
                    new RuleChange(
                        Rules.find("empty-level").orElseThrow(),
                        java.util.Optional.of(RuleLevel.OFF),
                        OptionValues.defaults())));

    assertThat(MapLinter.lint(checked, settings, RuleTester.TODAY).diagnostics())
        .extracting(Diagnostic::rule)
        .containsExactly("missing-element-type");
  }

  private static String waiver(String rule, String target, String until) {
    StringBuilder text = new StringBuilder("waivers:\n  - rule: ").append(rule).append('\n');
    if (target != null) {
      text.append("    target: ").append(target).append('\n');
    }
    text.append("    reason: District interviews come later.\n");
    if (until != null) {
      text.append("    until: ").append(until).append('\n');
    }
    return text.toString();
  }
}
