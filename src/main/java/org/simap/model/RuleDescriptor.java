package org.simap.model;

import static java.util.Objects.requireNonNull;

/**
 * What a report says about one check or lint rule, such as the rule list of a SARIF file.
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
