package org.simap.lint.rules;

import static org.simap.lint.RuleTester.HEADER;

/** Maps for the rules about evidence dates. */
final class EvidenceMaps {

  private EvidenceMaps() {}

  /**
   * Returns a map whose one element has evidence dated {@code date} at line 13, column 19, and
   * undated evidence.
   */
  static String withEvidenceDated(String date) {
    return HEADER
        + """
        levels:
          - id: classroom
            name: Classroom
            elements:
              - id: grading
                type: process
                name: Grading
                evidence:
                  - text: Median grade entry took 12 school days.
                    date: %s
                  - text: Undated note.
        """
            .formatted(date);
  }
}
