package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Challenge;
import org.simap.model.Element;
import org.simap.model.Evidence;
import org.simap.model.Focus;
import org.simap.model.Level;
import org.simap.model.Link;
import org.simap.model.Positions;
import org.simap.model.RootCause;
import org.simap.model.Severity;
import org.simap.model.Subsystem;
import org.simap.model.SystemMap;
import org.simap.model.Waiver;

/** Reports text that looks like an e-mail address, a phone number or a student id number. */
public final class PersonalDataRule implements LintRule {

  @Override
  public String id() {
    return "personal-data";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "text that looks like an e-mail address, a phone number or a student id number";
  }

  @Override
  public String rationale() {
    return """
        Maps live in git, and git keeps every version of every file: a phone number deleted \
        tomorrow can still be read from the history by anyone with a clone. Data about students \
        and families is protected by privacy law, such as FERPA in the United States and the \
        GDPR in the European Union. Name roles, not people, and keep contact details and records \
        out of the map. Addresses at example.com, example.org and example.net are not reported. \
        The finding names the field but does not repeat the value, so CI logs do not copy it.""";
  }

  @Override
  public String badExample() {
    return """
        - id: family-calls
          type: process
          name: Calls home about grades
          owner: Ms. Rivera, j.rivera@district.k12.us, 555-201-7731
        """;
  }

  @Override
  public String goodExample() {
    return """
        - id: family-calls
          type: process
          name: Calls home about grades
          owner: Ninth-grade team lead
        """;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    Scan scan = new Scan();
    SystemMap map = context.map();
    scan.text(map.title(), map.positions(), "title", "the map", null);
    scan.text(map.problem(), map.positions(), "problem", "the map", null);
    scan.text(map.description(), map.positions(), "description", "the map", null);
    for (RootCause cause : map.rootCauses()) {
      scan.text(cause.text(), cause.positions(), "text", "root cause '" + cause.id() + "'", null);
    }
    for (Subsystem subsystem : map.subsystems()) {
      String what = "subsystem '" + subsystem.id() + "'";
      scan.text(subsystem.name(), subsystem.positions(), "name", what, null);
      scan.text(subsystem.description(), subsystem.positions(), "description", what, null);
    }
    for (Level level : map.levels()) {
      String what = "level '" + level.id() + "'";
      scan.text(level.name(), level.positions(), "name", what, level.id());
      scan.text(level.description(), level.positions(), "description", what, level.id());
      level.elements().forEach(scan::element);
    }
    for (Link link : map.links()) {
      scan.text(
          link.label(),
          link.positions(),
          "label",
          "link '" + link.from() + "' → '" + link.to() + "'",
          null);
    }
    for (Challenge challenge : map.challenges()) {
      String what = "challenge '" + challenge.id() + "'";
      scan.text(challenge.name(), challenge.positions(), "name", what, challenge.id());
      scan.text(
          challenge.description(), challenge.positions(), "description", what, challenge.id());
    }
    for (Focus focus : map.focus()) {
      String what = "focus entry '" + focus.id() + "'";
      scan.text(focus.name(), focus.positions(), "name", what, focus.id());
      scan.text(focus.description(), focus.positions(), "description", what, focus.id());
      scan.items(focus.questions(), focus.positions(), "questions", what, focus.id());
    }
    for (Waiver waiver : map.waivers()) {
      scan.text(
          waiver.reason(),
          waiver.positions(),
          "reason",
          "waiver for '" + waiver.rule() + "'",
          waiver.target().orElse(null));
    }
    return scan.findings;
  }

  /** Collects the findings of one map, one per text field at most. */
  private static final class Scan {
    private final List<Finding> findings = new ArrayList<>();

    void element(Element element) {
      String what = "element '" + element.id() + "'";
      String id = element.id();
      text(element.name(), element.positions(), "name", what, id);
      text(element.description(), element.positions(), "description", what, id);
      text(element.owner(), element.positions(), "owner", what, id);
      items(element.tags(), element.positions(), "tags", what, id);
      for (Evidence evidence : element.evidence()) {
        text(evidence.text(), evidence.positions(), "text", "evidence of " + what, id);
      }
    }

    void items(List<String> texts, Positions positions, String field, String what, String id) {
      for (int i = 0; i < texts.size(); i++) {
        check(texts.get(i), positions.item(field, i), field, what, id);
      }
    }

    void text(Optional<String> text, Positions positions, String field, String what, String id) {
      text.ifPresent(value -> text(value, positions, field, what, id));
    }

    void text(String text, Positions positions, String field, String what, String id) {
      check(text, positions.of(field), field, what, id);
    }

    private void check(
        String text, org.simap.model.SourcePosition at, String field, String what, String id) {
      PersonalDataPatterns.find(text)
          .ifPresent(
              kind ->
                  findings.add(
                      new Finding(
                          at,
                          "'"
                              + field
                              + "' of "
                              + what
                              + " seems to contain "
                              + kind
                              + "; remove personal data, because git history keeps every"
                              + " version of the map",
                          id == null ? List.of() : List.of(id))));
    }
  }
}
