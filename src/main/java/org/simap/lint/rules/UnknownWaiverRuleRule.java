package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.List;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Severity;
import org.simap.model.Suggestions;
import org.simap.model.Waiver;
import org.simap.validate.ValidationChecks;

/** Reports a waiver that names a rule id no lint rule has. */
public final class UnknownWaiverRuleRule implements LintRule {

  @Override
  public String id() {
    return "unknown-waiver-rule";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a waiver naming a rule id that does not exist";
  }

  @Override
  public String rationale() {
    return """
        A waiver for a misspelled rule suppresses nothing, so the finding it was written for keeps \
        coming back while the map seems to explain it. Validation checks cannot be waived at all: \
        a map that fails them is invalid and has to be fixed.""";
  }

  @Override
  public String badExample() {
    return """
        waivers:
          - rule: emtpy-level
            target: district
            reason: District interviews are planned for the spring.
        """;
  }

  @Override
  public String goodExample() {
    return """
        waivers:
          - rule: empty-level
            target: district
            reason: District interviews are planned for the spring.
        """;
  }

  @Override
  public boolean waivable() {
    return false;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<String> ids = context.ruleIds();
    List<Finding> findings = new ArrayList<>();
    for (Waiver waiver : context.map().waivers()) {
      if (ids.contains(waiver.rule())) {
        continue;
      }
      String message =
          ValidationChecks.find(waiver.rule()).isPresent()
              ? "waiver names '"
                  + waiver.rule()
                  + "', a validation check; only lint rules can be waived, so fix the map"
              : "waiver names unknown rule '"
                  + waiver.rule()
                  + "'"
                  + Suggestions.hint(waiver.rule(), ids)
                  + "; run 'simap lint --list-rules' to see the rule ids";
      findings.add(
          new Finding(waiver.positions().of("rule"), message, waiver.target().stream().toList()));
    }
    return findings;
  }
}
