package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Challenge;
import org.simap.model.Element;
import org.simap.model.Level;
import org.simap.model.Severity;
import org.simap.model.SystemMap;

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
    Map<String, Level> levelOf = levelsOfChallengeElements(context.map());
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

  /**
   * Returns each element id that a challenge names mapped to the first level that contains it, or
   * to null when no level does. Looking up each element costs less than indexing them all as {@link
   * SystemMap#levelOfElement} does, because challenges name few of them.
   */
  private static Map<String, Level> levelsOfChallengeElements(SystemMap map) {
    Map<String, Level> levelOf = new HashMap<>();
    for (Challenge challenge : map.challenges()) {
      List<String> elements = challenge.elements();
      for (int i = 0; i < elements.size(); i++) {
        levelOf.put(elements.get(i), null);
      }
    }
    List<Level> levels = map.levels();
    for (int l = 0; l < levels.size(); l++) {
      Level level = levels.get(l);
      List<Element> elements = level.elements();
      for (int e = 0; e < elements.size(); e++) {
        // Sets the level only while it is null, so the first level that contains an id wins.
        levelOf.replace(elements.get(e).id(), null, level);
      }
    }
    return levelOf;
  }
}
