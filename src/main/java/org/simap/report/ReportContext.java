package org.simap.report;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.simap.model.RuleDescriptor;
import org.simap.model.Severity;

/**
 * The inputs of reporters beyond the findings: the style of text output and the tool's version, the
 * descriptions of every rule the command can report, the severity that fails the run, and the
 * working folder that paths in CI formats are relative to.
 *
 * @param failOn the least severity that fails the run; empty when no finding does
 */
public record ReportContext(
    Style style,
    String version,
    List<RuleDescriptor> rules,
    Optional<Severity> failOn,
    Path workingDirectory) {

  /** The address that SARIF reports give for the tool. */
  public static final String HOMEPAGE = "https://simap.org";

  public ReportContext {
    requireNonNull(style, "style");
    requireNonNull(version, "version");
    rules = List.copyOf(rules);
    requireNonNull(failOn, "failOn");
    requireNonNull(workingDirectory, "workingDirectory");
  }

  /** Returns a context for text and JSON output, which need only the style. */
  public static ReportContext of(Style style) {
    return new ReportContext(
        style, "unknown", List.of(), Optional.of(Severity.ERROR), Path.of("").toAbsolutePath());
  }

  /** Returns the rules by id, in catalogue order. */
  Map<String, RuleDescriptor> rulesById() {
    Map<String, RuleDescriptor> byId = new LinkedHashMap<>();
    rules.forEach(rule -> byId.putIfAbsent(rule.id(), rule));
    return byId;
  }

  /** Returns whether a finding of this severity fails the run. */
  boolean fails(Severity severity) {
    return failOn.map(severity::atLeast).orElse(false);
  }

  /**
   * Returns a file name relative to the working folder with forward slashes, as CI systems expect.
   * A name outside the working folder keeps its absolute form.
   */
  String relativePath(String file) {
    Path path;
    try {
      path = Path.of(file);
    } catch (java.nio.file.InvalidPathException e) {
      return file.replace('\\', '/');
    }
    Path base = workingDirectory.toAbsolutePath().normalize();
    Path absolute = base.resolve(path).normalize();
    Path relative = absolute.startsWith(base) ? base.relativize(absolute) : absolute;
    return relative.toString().replace('\\', '/');
  }
}
