package org.simap.lint.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.simap.lint.Finding;
import org.simap.model.Element;
import org.simap.model.Evidence;
import org.simap.model.Level;
import org.simap.model.SystemMap;

/** Finds evidence by its date, for the rules that report evidence that is too old or too new. */
final class DatedEvidence {

  private DatedEvidence() {}

  /**
   * Reports each piece of evidence whose date {@code reported} accepts, at its date, as "evidence
   * for element 'id' is dated DATE" followed by {@code problem}. Evidence without a date is left
   * out.
   */
  static List<Finding> report(SystemMap map, Predicate<LocalDate> reported, String problem) {
    List<Finding> findings = new ArrayList<>();
    for (Level level : map.levels()) {
      for (Element element : level.elements()) {
        for (Evidence evidence : element.evidence()) {
          if (evidence.date().isPresent() && reported.test(evidence.date().get())) {
            findings.add(
                Finding.about(
                    element.id(),
                    evidence.positions().of("date"),
                    "evidence for element '"
                        + element.id()
                        + "' is dated "
                        + evidence.date().get()
                        + problem));
          }
        }
      }
    }
    return findings;
  }
}
