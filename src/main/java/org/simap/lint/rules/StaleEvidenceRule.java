package org.simap.lint.rules;

import java.time.LocalDate;
import java.util.List;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.lint.RuleOption;
import org.simap.model.Severity;

/** Reports evidence dated more than a set number of months before today. */
public final class StaleEvidenceRule implements LintRule {

  public static final RuleOption<Integer> MONTHS =
      RuleOption.positiveInteger(
          "months", 12, "how many months old evidence may be before it is reported");

  @Override
  public String id() {
    return "stale-evidence";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "evidence with a date older than a number of months (default 12)";
  }

  @Override
  public String rationale() {
    return """
        Systems change: staff turn over, policies are rewritten, and a change the team tested may \
        have worked. Evidence from a year ago may no longer describe the system, so a map used to \
        choose the next change should be checked against newer data. Evidence without a date is \
        not reported.""";
  }

  @Override
  public String badExample() {
    return """
        evidence:
          - text: Median time from due date to grade entry was 12 school days.
            source: data
            date: 2023-10-18
        """;
  }

  @Override
  public String goodExample() {
    return """
        evidence:
          - text: Median time from due date to grade entry was 6 school days.
            source: data
            date: 2026-10-20
        """;
  }

  @Override
  public List<RuleOption<?>> options() {
    return List.of(MONTHS);
  }

  @Override
  public List<Finding> check(RuleContext context) {
    int months = context.option(MONTHS);
    LocalDate oldestFresh = context.today().minusMonths(months);
    return DatedEvidence.report(
        context.map(),
        date -> date.isBefore(oldestFresh),
        ", more than "
            + Words.count(months, "month")
            + " ago; check that it still holds, then add newer evidence");
  }
}
