package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Element;
import org.simap.model.Level;
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
    // Loops and an identity check rather than a stream and Optional.of(HIGH), which allocated for
    // every element of every map.
    List<Finding> findings = new ArrayList<>();
    for (Level level : context.map().levels()) {
      List<Element> elements = level.elements();
      for (int i = 0; i < elements.size(); i++) {
        Element element = elements.get(i);
        Optional<Rating> variation = element.variation();
        if (variation.isPresent()
            && variation.get() == Rating.HIGH
            && element.evidence().isEmpty()) {
          findings.add(
              Finding.about(
                  element.id(),
                  element.positions().of("variation"),
                  "element '"
                      + element.id()
                      + "' has high variation but no evidence; add the data, observations or"
                      + " interviews that show it"));
        }
      }
    }
    return findings;
  }
}
