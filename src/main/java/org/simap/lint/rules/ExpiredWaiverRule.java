package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.List;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Severity;
import org.simap.model.Waiver;

/**
 * Reports a waiver whose {@code until} date has passed. The waiver then no longer suppresses
 * anything, so the findings it covered come back beside this one.
 */
public final class ExpiredWaiverRule implements LintRule {

  @Override
  public String id() {
    return "expired-waiver";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a waiver past its 'until' date";
  }

  @Override
  public String rationale() {
    return """
        A waiver with an end date records a gap the team means to close by then. When the date \
        passes, the waiver stops suppressing findings and is itself reported, so the team either \
        closes the gap or decides again, with a new date, that it should stay open. A waiver is \
        valid through its 'until' date and expires the day after.""";
  }

  @Override
  public String badExample() {
    return """
        waivers:
          - rule: empty-level
            target: district
            reason: District interviews are planned for the spring.
            until: 2026-06-30
        """;
  }

  @Override
  public String goodExample() {
    return """
        waivers:
          - rule: empty-level
            target: district
            reason: District interviews moved to the autumn.
            until: 2027-01-31
        """;
  }

  @Override
  public boolean waivable() {
    return false;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    List<Finding> findings = new ArrayList<>();
    for (Waiver waiver : context.map().waivers()) {
      if (Waivers.expired(waiver, context.today())) {
        findings.add(
            new Finding(
                waiver.positions().of("until"),
                "waiver for '"
                    + waiver.rule()
                    + "'"
                    + waiver.target().map(t -> " on '" + t + "'").orElse("")
                    + " expired after "
                    + waiver.until().orElseThrow()
                    + "; fix what it covers, or set a new 'until' date if the reason still holds",
                waiver.target().stream().toList()));
      }
    }
    return findings;
  }
}
