package org.simap.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.simap.model.RuleDescriptor;
import org.simap.model.Severity;

/** The checks of {@code simap validate}, by id, as reports describe them. */
public final class ValidationChecks {

  private static final String INVALID =
      "The map is invalid until this is fixed, and simap does not lint, diff or render it.";

  private static final String HELP =
      "The message says what is wrong and how to fix it. docs/format.md describes every field.";

  private static final Map<String, RuleDescriptor> CHECKS = new LinkedHashMap<>();

  static {
    add("yaml-syntax", "text that is not valid YAML");
    add("yaml-limit", "a file over 32 MiB, nesting deeper than 64, or more than 100 aliases");
    add("yaml-tag", "an explicit YAML tag such as !!python/object");
    add("encoding", "bytes that are not UTF-8");
    add("empty-file", "a file with no content");
    add("multiple-documents", "more than one YAML document in one file");
    add("required-field", "a required field that is missing or empty");
    add("field-type", "a value of the wrong shape, such as text where a list belongs");
    add("unknown-field", "a field the format does not define");
    add("duplicate-key", "the same key twice in one mapping");
    add("unsupported-version", "a simap format version other than 1");
    add("element-type", "an element type other than structure, process or norm");
    add("invalid-value", "a value outside its closed set, or a date not written as YYYY-MM-DD");
    add("invalid-url", "a web address that is not http or https");
    add("invalid-id", "an id that is not lowercase letters, digits and hyphens");
    add("duplicate-id", "an id used twice in one map");
    add("unknown-reference", "a reference to an id that does not exist, or to the wrong kind");
    add("read-error", "a file or folder that could not be read");
    CHECKS.put(
        "control-character",
        new RuleDescriptor(
            "control-character",
            Severity.WARNING,
            "text with a control character that XML cannot carry",
            "The character is removed when the map is read, so that rendered maps stay valid"
                + " XML.",
            "Delete the character from the file."));
    CHECKS.put(
        "bidi-control",
        new RuleDescriptor(
            "bidi-control",
            Severity.WARNING,
            "text with a character that overrides the direction of text",
            "Characters such as U+202E make text display in another order than it is stored, so a"
                + " reviewer could read a name differently from what the map says.",
            "Delete the character from the file, unless the text needs it."));
  }

  private ValidationChecks() {}

  private static void add(String id, String summary) {
    CHECKS.put(id, new RuleDescriptor(id, Severity.ERROR, summary, INVALID, HELP));
  }

  /** Returns every check, in the order of the format documentation. */
  public static List<RuleDescriptor> all() {
    return List.copyOf(CHECKS.values());
  }

  public static Optional<RuleDescriptor> find(String id) {
    return Optional.ofNullable(CHECKS.get(id));
  }
}
