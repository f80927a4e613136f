package org.simap.lint.rules;

import java.util.List;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Rating;
import org.simap.model.Severity;

/** Reports an element marked as varying widely without evidence of the variation. */
public final class VariationWithoutEvidenceRule implements LintRule {

  @Override
  public String id() {
    return "variation-without-evidence";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "an element with variation: high and no evidence";
  }

  @Override
  public String rationale() {
    return """
        Wide variation in quality or outcomes is one of the strongest reasons to focus on an \
        element, so the claim should rest on data, observation or interviews rather than on \
        impression. Evidence also lets the team see later whether a change reduced the \
        variation.""";
  }

  @Override
  public String badExample() {
    return """
        - id: family-calls
          type: process
          name: Calls home about grades
          variation: high
        """;
  }

  @Override
  public String goodExample() {
    return """
        - id: family-calls
          type: process
          name: Calls home about grades
          variation: high
          evidence:
            - text: Five of twelve teachers call before a student fails.
              source: interview
              date: 2026-11-12
        """;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    return context
        .map()
        .elements()
        .filter(e -> e.variation().equals(java.util.Optional.of(Rating.HIGH)))
        .filter(e -> e.evidence().isEmpty())
        .map(
            e ->
                Finding.about(
                    e.id(),
                    e.positions().of("variation"),
                    "element '"
                        + e.id()
                        + "' has high variation but no evidence; add the data, observations or"
                        + " interviews that show it"))
        .toList();
  }
}
