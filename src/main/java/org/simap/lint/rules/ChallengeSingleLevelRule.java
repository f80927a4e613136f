package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Challenge;
import org.simap.model.Level;
import org.simap.model.Severity;

/** Reports a challenge whose elements all sit on one level. */
public final class ChallengeSingleLevelRule implements LintRule {

  @Override
  public String id() {
    return "challenge-single-level";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "a challenge whose elements all sit on one level";
  }

  @Override
  public String rationale() {
    return """
        A challenge records a problem that shows up across levels, such as communication with \
        families in the classroom, the school and the district. Its value is in that span: a \
        change at one level can fail because of the related policy or norm at another. A \
        challenge on one level is either missing its other elements or is better written as a \
        link or a focus entry.""";
  }

  @Override
  public String badExample() {
    return """
        challenges:
          - id: family-communication
            name: Communication with families
            elements: [teacher-calls, grade-comments]
        """;
  }

  @Override
  public String goodExample() {
    return """
        challenges:
          - id: family-communication
            name: Communication with families
            elements: [teacher-calls, school-notices, district-report-cards]
        """;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    if (context.map().challenges().isEmpty()) {
      // Spares the index of every element for maps without challenges.
      return List.of();
    }
    Map<String, Level> levelOf = context.map().levelOfElement();
    List<Finding> findings = new ArrayList<>();
    for (Challenge challenge : context.map().challenges()) {
      Set<String> levels = new LinkedHashSet<>();
      for (String element : challenge.elements()) {
        Level level = levelOf.get(element);
        if (level != null) {
          levels.add(level.id());
        }
      }
      if (levels.size() == 1) {
        findings.add(
            Finding.about(
                challenge.id(),
                challenge.positions().of("id"),
                "challenge '"
                    + challenge.id()
                    + "' has elements on one level only, '"
                    + levels.iterator().next()
                    + "'; add the related elements on other levels"));
      }
    }
    return findings;
  }
}
