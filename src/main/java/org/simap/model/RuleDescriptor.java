package org.simap.model;

import static java.util.Objects.requireNonNull;

/**
 * The description of one check or lint rule that reports print, such as a SARIF rule list.
 *
 * @param summary what the rule finds, in one line
 * @param details why the rule exists, in a paragraph
 * @param help what to do about a finding, or where to read more
 */
public record RuleDescriptor(
    String id, Severity defaultSeverity, String summary, String details, String help) {

  public RuleDescriptor {
    requireNonNull(id, "id");
    requireNonNull(defaultSeverity, "defaultSeverity");
    requireNonNull(summary, "summary");
    requireNonNull(details, "details");
    requireNonNull(help, "help");
  }
}
