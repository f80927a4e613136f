package org.simap.lint.rules;

import java.time.LocalDate;
import java.util.List;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Severity;

/** Reports evidence dated after today. */
public final class FutureEvidenceRule implements LintRule {

  @Override
  public String id() {
    return "future-evidence";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "evidence with a date after today";
  }

  @Override
  public String rationale() {
    return """
        Evidence records what a team has already seen, so its date cannot be in the future. Such \
        a date is almost always a typo, often the year, and it hides the evidence from \
        stale-evidence, which reports evidence by its age.""";
  }

  @Override
  public String badExample() {
    return """
        evidence:
          - text: Median time from due date to grade entry was 6 school days.
            source: data
            date: 2062-10-20
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
  public List<Finding> check(RuleContext context) {
    LocalDate today = context.today();
    return DatedEvidence.report(
        context.map(),
        date -> date.isAfter(today),
        ", after today (" + today + "); correct the date");
  }
}
