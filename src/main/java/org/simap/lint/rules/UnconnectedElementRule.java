package org.simap.lint.rules;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.model.Challenge;
import org.simap.model.Element;
import org.simap.model.Focus;
import org.simap.model.Level;
import org.simap.model.Link;
import org.simap.model.Severity;
import org.simap.model.SystemMap;

/** Reports an element that no link, challenge or focus entry mentions. */
public final class UnconnectedElementRule implements LintRule {

  @Override
  public String id() {
    return "unconnected-element";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String description() {
    return "an element in no link, challenge or focus entry";
  }

  @Override
  public String rationale() {
    return """
        The method asks teams to notice the interactions between structures, processes and \
        norms, because breakdowns often sit where one element depends on or works against \
        another. An element with no connection may be fine, but often its links have simply not \
        been drawn yet.""";
  }

  @Override
  public String badExample() {
    return """
        elements:
          - {id: grade-entry, type: process, name: Grade entry}
          - {id: grade-book, type: structure, name: Grade book}
        links: []
        """;
  }

  @Override
  public String goodExample() {
    return """
        elements:
          - {id: grade-entry, type: process, name: Grade entry}
          - {id: grade-book, type: structure, name: Grade book}
        links:
          - {from: grade-entry, to: grade-book, type: feeds}
        """;
  }

  @Override
  public List<Finding> check(RuleContext context) {
    SystemMap map = context.map();
    List<Level> levels = map.levels();
    int elementCount = 0;
    for (int l = 0; l < levels.size(); l++) {
      elementCount += levels.get(l).elements().size();
    }
    // Links, challenges and focus entries of a valid map name only elements, so a set sized for
    // every element is not rehashed as it grows.
    Set<String> connected = new HashSet<>(elementCount * 4 / 3 + 1);
    List<Link> links = map.links();
    for (int i = 0; i < links.size(); i++) {
      Link link = links.get(i);
      connected.add(link.from());
      connected.add(link.to());
    }
    for (Challenge challenge : map.challenges()) {
      addAll(connected, challenge.elements());
    }
    for (Focus focus : map.focus()) {
      addAll(connected, focus.elements());
    }
    List<Finding> findings = new ArrayList<>();
    for (int l = 0; l < levels.size(); l++) {
      List<Element> elements = levels.get(l).elements();
      for (int e = 0; e < elements.size(); e++) {
        Element element = elements.get(e);
        if (!connected.contains(element.id())) {
          findings.add(
              Finding.about(
                  element.id(),
                  element.positions().of("id"),
                  "element '"
                      + element.id()
                      + "' is in no link, challenge or focus entry; link it to the elements it"
                      + " influences or depends on"));
        }
      }
    }
    return findings;
  }

  /** Adds the ids without the iterator that {@link Set#addAll} creates. */
  private static void addAll(Set<String> connected, List<String> ids) {
    for (int i = 0; i < ids.size(); i++) {
      connected.add(ids.get(i));
    }
  }
}
