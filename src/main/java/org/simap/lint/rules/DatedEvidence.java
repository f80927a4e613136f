package org.simap.lint.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
    // Index loops, because a for-each loop creates an iterator for every element's evidence list,
    // most of which are empty.
    List<Finding> findings = new ArrayList<>();
    List<Level> levels = map.levels();
    for (int l = 0; l < levels.size(); l++) {
      List<Element> elements = levels.get(l).elements();
      for (int e = 0; e < elements.size(); e++) {
        Element element = elements.get(e);
        List<Evidence> evidence = element.evidence();
        for (int i = 0; i < evidence.size(); i++) {
          Optional<LocalDate> date = evidence.get(i).date();
          if (date.isPresent() && reported.test(date.get())) {
            findings.add(
                Finding.about(
                    element.id(),
                    evidence.get(i).positions().of("date"),
                    "evidence for element '"
                        + element.id()
                        + "' is dated "
                        + date.get()
                        + problem));
          }
        }
      }
    }
    return findings;
  }
}
