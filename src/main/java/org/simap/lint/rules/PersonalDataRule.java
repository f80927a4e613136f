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
import org.simap.model.SourcePosition;
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
    scan.entry("the map", null, null);
    scan.text(map.title(), map.positions(), "title");
    scan.text(map.problem(), map.positions(), "problem");
    scan.text(map.description(), map.positions(), "description");
    for (RootCause cause : map.rootCauses()) {
      scan.entry("root cause", cause.id(), null);
      scan.text(cause.text(), cause.positions(), "text");
    }
    for (Subsystem subsystem : map.subsystems()) {
      scan.entry("subsystem", subsystem.id(), null);
      scan.text(subsystem.name(), subsystem.positions(), "name");
      scan.text(subsystem.description(), subsystem.positions(), "description");
    }
    for (Level level : map.levels()) {
      scan.entry("level", level.id(), level.id());
      scan.text(level.name(), level.positions(), "name");
      scan.text(level.description(), level.positions(), "description");
      // Index loops here and in element(), because a for-each loop creates an iterator for every
      // list, such as the evidence of each element.
      List<Element> elements = level.elements();
      for (int i = 0; i < elements.size(); i++) {
        scan.element(elements.get(i));
      }
    }
    for (Link link : map.links()) {
      scan.link(link.from(), link.to());
      scan.text(link.label(), link.positions(), "label");
    }
    for (Challenge challenge : map.challenges()) {
      scan.entry("challenge", challenge.id(), challenge.id());
      scan.text(challenge.name(), challenge.positions(), "name");
      scan.text(challenge.description(), challenge.positions(), "description");
    }
    for (Focus focus : map.focus()) {
      scan.entry("focus entry", focus.id(), focus.id());
      scan.text(focus.name(), focus.positions(), "name");
      scan.text(focus.description(), focus.positions(), "description");
      scan.items(focus.questions(), focus.positions(), "questions");
    }
    for (Waiver waiver : map.waivers()) {
      scan.entry("waiver for", waiver.rule(), waiver.target().orElse(null));
      scan.text(waiver.reason(), waiver.positions(), "reason");
    }
    return scan.findings;
  }

  /**
   * Collects the findings of one map, one per text field at most. The scan keeps the entry whose
   * texts it checks, and builds the entry's description and the field's position only for a
   * finding, because most texts have none.
   */
  private static final class Scan {
    private final List<Finding> findings = new ArrayList<>();

    /** The entry's kind, such as "element", or its whole description when {@link #id} is null. */
    private String noun;

    private String id;

    /** The id of the element a link points to, or null for any other entry. */
    private String linkTo;

    /** The id that a waiver can name to suppress the findings, or null for none. */
    private String target;

    /**
     * Starts the texts of an entry that is described as "noun 'id'", or as "noun" without an id.
     */
    void entry(String noun, String id, String target) {
      this.noun = noun;
      this.id = id;
      this.linkTo = null;
      this.target = target;
    }

    void link(String from, String to) {
      entry("link", from, null);
      linkTo = to;
    }

    void element(Element element) {
      String elementId = element.id();
      entry("element", elementId, elementId);
      text(element.name(), element.positions(), "name");
      text(element.description(), element.positions(), "description");
      text(element.owner(), element.positions(), "owner");
      items(element.tags(), element.positions(), "tags");
      entry("evidence of element", elementId, elementId);
      List<Evidence> evidence = element.evidence();
      for (int i = 0; i < evidence.size(); i++) {
        text(evidence.get(i).text(), evidence.get(i).positions(), "text");
      }
    }

    void items(List<String> texts, Positions positions, String field) {
      for (int i = 0; i < texts.size(); i++) {
        check(texts.get(i), positions, field, i);
      }
    }

    void text(Optional<String> text, Positions positions, String field) {
      if (text.isPresent()) {
        check(text.get(), positions, field, -1);
      }
    }

    void text(String text, Positions positions, String field) {
      check(text, positions, field, -1);
    }

    /** Checks the text of a field, or of the item at {@code index} of a list field. */
    private void check(String text, Positions positions, String field, int index) {
      Optional<String> kind = PersonalDataPatterns.find(text);
      if (kind.isEmpty()) {
        return;
      }
      SourcePosition at = index < 0 ? positions.of(field) : positions.item(field, index);
      findings.add(
          new Finding(
              at,
              "'"
                  + field
                  + "' of "
                  + describeEntry()
                  + " seems to contain "
                  + kind.get()
                  + "; remove personal data, because git history keeps every"
                  + " version of the map",
              target == null ? List.of() : List.of(target)));
    }

    /** Describes the current entry, such as "element 'grade-book'" or "link 'a' → 'b'". */
    private String describeEntry() {
      if (id == null) {
        return noun;
      }
      String named = noun + " '" + id + "'";
      return linkTo == null ? named : named + " → '" + linkTo + "'";
    }
  }
}
