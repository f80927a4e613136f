package org.simap.lint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.simap.io.ConfigReader;
import org.simap.io.MapSource;
import org.simap.lint.rules.StaleEvidenceRule;
import org.simap.model.Diagnostic;
import org.simap.model.Severity;

class LintConfigTest {

  private static final Path FOLDER = Path.of("/repo");

  private static LintConfig.Result check(String text) {
    ConfigReader.Result read = ConfigReader.read(MapSource.of(".simap.yaml", text));
    assertThat(read.errors()).as("the configuration must be well formed").isEmpty();
    return LintConfig.check(read.config().orElseThrow(), FOLDER);
  }

  private static List<String> errors(String text) {
    return check(text).errors().stream().map(Diagnostic::toString).toList();
  }

  private static LintRule rule(String id) {
    return Rules.find(id).orElseThrow();
  }

  @Test
  void setsSeverityAndOptions() {
    LintConfig config =
        check("rules:\n  single-level: off\n  stale-evidence: {severity: warning, months: 6}\n")
            .config()
            .orElseThrow();

    RuleSettings settings = config.settingsFor(Path.of("/repo/a.simap.yaml"));

    assertThat(settings.severity(rule("single-level"))).isEmpty();
    assertThat(settings.severity(rule("stale-evidence"))).contains(Severity.WARNING);
    assertThat(settings.options(rule("stale-evidence")).get(StaleEvidenceRule.MONTHS)).isEqualTo(6);
    assertThat(settings.severity(rule("empty-level"))).contains(Severity.WARNING);
  }

  @Test
  void overrideAppliesToMatchingFilesOnly() {
    LintConfig config =
        check(
                """
                rules:
                  no-focus: warning
                overrides:
                  - files: "drafts/**"
                    rules:
                      no-focus: off
                """)
            .config()
            .orElseThrow();

    assertThat(
            config.settingsFor(Path.of("/repo/drafts/x/a.simap.yaml")).severity(rule("no-focus")))
        .isEmpty();
    assertThat(config.settingsFor(Path.of("/repo/final/a.simap.yaml")).severity(rule("no-focus")))
        .contains(Severity.WARNING);
  }

  @Test
  void globWithoutSlashMatchesNameInAnyFolder() {
    LintConfig config =
        check("overrides:\n  - files: 'draft-*.simap.yaml'\n    rules: {no-focus: off}\n")
            .config()
            .orElseThrow();

    assertThat(config.settingsFor(Path.of("/repo/draft-a.simap.yaml")).severity(rule("no-focus")))
        .isEmpty();
    assertThat(config.settingsFor(Path.of("/repo/x/draft-b.simap.yaml")).severity(rule("no-focus")))
        .isEmpty();
    assertThat(config.settingsFor(Path.of("/repo/x/final.simap.yaml")).severity(rule("no-focus")))
        .contains(Severity.INFO);
  }

  @Test
  void overrideKeepsOptionsItDoesNotSet() {
    LintConfig config =
        check(
                """
                rules:
                  stale-evidence: {months: 6}
                overrides:
                  - files: "old/**"
                    rules:
                      stale-evidence: error
                """)
            .config()
            .orElseThrow();

    RuleSettings settings = config.settingsFor(Path.of("/repo/old/a.simap.yaml"));

    assertThat(settings.severity(rule("stale-evidence"))).contains(Severity.ERROR);
    assertThat(settings.options(rule("stale-evidence")).get(StaleEvidenceRule.MONTHS)).isEqualTo(6);
  }

  @Test
  void reportsUnknownRuleWithSuggestion() {
    assertThat(errors("rules:\n  emtpy-level: off\n"))
        .containsExactly(
            ".simap.yaml:2:3: error: unknown rule 'emtpy-level' (did you mean 'empty-level'?);"
                + " run 'simap lint --list-rules' to see the rule ids [config]");
  }

  @Test
  void reportsInvalidSeverity() {
    assertThat(errors("rules:\n  empty-level: warn\n"))
        .containsExactly(
            ".simap.yaml:2:16: error: invalid severity 'warn' for rule 'empty-level'; expected"
                + " off, error, warning or info [config]");
  }

  @Test
  void reportsUnknownOption() {
    assertThat(errors("rules:\n  stale-evidence: {month: 6}\n"))
        .containsExactly(
            ".simap.yaml:2:20: error: unknown option 'month' for rule 'stale-evidence' (did you"
                + " mean 'months'?) [config]");
  }

  @Test
  void reportsOptionOfRuleWithoutOptions() {
    assertThat(errors("rules:\n  empty-level: {limit: 3}\n"))
        .containsExactly(
            ".simap.yaml:2:17: error: unknown option 'limit' for rule 'empty-level'; the rule has"
                + " no options, only 'severity' [config]");
  }

  @Test
  void reportsBadOptionValues() {
    assertThat(errors("rules:\n  stale-evidence: {months: 0}\n"))
        .containsExactly(
            ".simap.yaml:2:28: error: invalid value for 'months': expected a whole number of at"
                + " least 1, found text '0' (rule 'stale-evidence') [config]");
    assertThat(errors("rules:\n  missing-element-type: {types: [structure, norms]}\n"))
        .containsExactly(
            ".simap.yaml:2:45: error: invalid element type in 'types': expected structure,"
                + " process or norm, found text 'norms' (did you mean 'norm'?)"
                + " (rule 'missing-element-type') [config]");
    assertThat(errors("rules:\n  duplicate-name: {scope: levels}\n"))
        .containsExactly(
            ".simap.yaml:2:27: error: invalid value for 'scope': expected map or level, found"
                + " text 'levels' (did you mean 'level'?) (rule 'duplicate-name') [config]");
  }

  @Test
  void readsTypesPerLevel() {
    LintConfig config =
        check("rules:\n  missing-element-type:\n    levels: {district: [structure]}\n")
            .config()
            .orElseThrow();

    OptionValues options =
        config.settingsFor(Path.of("/repo/a.simap.yaml")).options(rule("missing-element-type"));

    assertThat(options.get(org.simap.lint.rules.MissingElementTypeRule.LEVELS))
        .containsEntry("district", java.util.Set.of(org.simap.model.ElementType.STRUCTURE));
  }

  @Test
  void reportsInvalidGlob() {
    assertThat(check("overrides:\n  - files: 'a[b'\n    rules: {}\n").config())
        .isEqualTo(Optional.empty());
  }
}
