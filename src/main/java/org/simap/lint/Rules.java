package org.simap.lint;

import java.util.List;
import java.util.Optional;
import org.simap.lint.rules.ChallengeSingleLevelRule;
import org.simap.lint.rules.CrowdedLevelRule;
import org.simap.lint.rules.DuplicateNameRule;
import org.simap.lint.rules.EmptyLevelRule;
import org.simap.lint.rules.ExpiredWaiverRule;
import org.simap.lint.rules.FocusWithoutElementsRule;
import org.simap.lint.rules.FutureEvidenceRule;
import org.simap.lint.rules.InvestigateWithoutQuestionsRule;
import org.simap.lint.rules.MissingDescriptionRule;
import org.simap.lint.rules.MissingElementTypeRule;
import org.simap.lint.rules.NoFocusRule;
import org.simap.lint.rules.PersonalDataRule;
import org.simap.lint.rules.SingleLevelRule;
import org.simap.lint.rules.StaleEvidenceRule;
import org.simap.lint.rules.UnconnectedElementRule;
import org.simap.lint.rules.UnknownWaiverRuleRule;
import org.simap.lint.rules.VariationWithoutEvidenceRule;
import org.simap.model.RuleDescriptor;

/** The catalogue of lint rules, in the order that {@code --list-rules} and the docs show them. */
public final class Rules {

  private static final List<LintRule> ALL =
      List.of(
          new MissingElementTypeRule(),
          new EmptyLevelRule(),
          new SingleLevelRule(),
          new NoFocusRule(),
          new FocusWithoutElementsRule(),
          new InvestigateWithoutQuestionsRule(),
          new VariationWithoutEvidenceRule(),
          new ChallengeSingleLevelRule(),
          new UnconnectedElementRule(),
          new DuplicateNameRule(),
          new MissingDescriptionRule(),
          new PersonalDataRule(),
          new StaleEvidenceRule(),
          new FutureEvidenceRule(),
          new CrowdedLevelRule(),
          new ExpiredWaiverRule(),
          new UnknownWaiverRuleRule());

  /**
   * The ids of {@link #ALL}, made with List.of rather than Stream.toList. RuleContext copies the
   * ids with List.copyOf for every rule on every map, and List.copyOf returns a List.of list as it
   * is but copies a list that allows nulls.
   */
  private static final List<String> IDS =
      List.of(ALL.stream().map(LintRule::id).toArray(String[]::new));

  private Rules() {}

  public static List<LintRule> all() {
    return ALL;
  }

  public static List<String> ids() {
    return IDS;
  }

  public static Optional<LintRule> find(String id) {
    return ALL.stream().filter(rule -> rule.id().equals(id)).findFirst();
  }

  /** Describes a rule for reports. */
  public static RuleDescriptor descriptor(LintRule rule) {
    return new RuleDescriptor(
        rule.id(),
        rule.defaultSeverity(),
        rule.description(),
        rule.rationale(),
        "Run 'simap explain " + rule.id() + "' for an example and the rule's options.");
  }
}
