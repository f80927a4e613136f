package org.simap.lint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.simap.io.MapSource;
import org.simap.lint.rules.Waivers;
import org.simap.model.Diagnostic;
import org.simap.model.Severity;
import org.simap.model.SystemMap;
import org.simap.model.Waiver;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;

/** Runs the lint rules on a validated map and applies the map's waivers. */
public final class MapLinter {

  private MapLinter() {}

  /**
   * Lints one map. An invalid map keeps only its validation diagnostics, because rules assume a
   * well-formed map.
   *
   * @return the map with its validation diagnostics and the lint findings that were not waived
   */
  public static CheckedMap lint(CheckedMap checked, RuleSettings settings, LocalDate today) {
    if (checked.map().isEmpty()) {
      return checked;
    }
    SystemMap map = checked.map().get();
    List<Diagnostic> diagnostics = new ArrayList<>(checked.diagnostics());
    for (LintRule rule : Rules.all()) {
      Optional<Severity> severity = settings.severity(rule);
      if (severity.isEmpty()) {
        continue;
      }
      RuleContext context = new RuleContext(map, today, settings.options(rule), Rules.ids());
      for (Finding finding : rule.check(context)) {
        if (rule.waivable() && waived(finding, rule, map.waivers(), today)) {
          continue;
        }
        diagnostics.add(
            new Diagnostic(finding.position(), severity.get(), finding.message(), rule.id()));
      }
    }
    return new CheckedMap(checked.file(), checked.map(), diagnostics);
  }

  /**
   * Validates and lints many maps in parallel and returns what {@code keep} takes from each result,
   * in the order of the sources. A caller that keeps less than the whole map lets each map's memory
   * go as soon as it is linted, which matters for a run over a thousand maps.
   *
   * @param settings the settings of each map by its name
   */
  public static <T> List<T> lintAll(
      List<MapSource> sources,
      Map<String, RuleSettings> settings,
      LocalDate today,
      Function<CheckedMap, T> keep) {
    return sources.parallelStream()
        .map(
            source ->
                lint(
                    MapValidator.check(source),
                    settings.getOrDefault(source.name(), RuleSettings.defaults()),
                    today))
        .map(keep)
        .toList();
  }

  /**
   * Returns whether a waiver covers the finding: same rule, not expired, and either no target or a
   * target that the finding is about.
   */
  private static boolean waived(
      Finding finding, LintRule rule, List<Waiver> waivers, LocalDate today) {
    for (Waiver waiver : waivers) {
      if (waiver.rule().equals(rule.id())
          && !Waivers.expired(waiver, today)
          && waiver.target().map(finding.targets()::contains).orElse(true)) {
        return true;
      }
    }
    return false;
  }
}
