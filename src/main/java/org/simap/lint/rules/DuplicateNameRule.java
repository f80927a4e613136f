package org.simap.lint.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.simap.lint.Finding;
import org.simap.lint.LintRule;
import org.simap.lint.RuleContext;
import org.simap.lint.RuleOption;
import org.simap.model.Element;
import org.simap.model.Level;
import org.simap.model.Severity;
import org.simap.model.SourcePosition;

/** Reports two elements whose names differ only in case or spacing. */
public final class DuplicateNameRule implements LintRule {

  public static final RuleOption<String> SCOPE =
      RuleOption.choice(
          "scope",
          List.of("map", "level"),
          "map",
          "where names must differ: across the whole map, or only within each level");

  @Override
  public String id() {
    return "duplicate-name";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "two elements with the same name, ignoring case and spacing";
  }

  @Override
  public String rationale() {
    return """
        Readers of a rendered map see names, not ids, so two elements with one name look like one \
        element drawn twice, and a reviewer of a change cannot tell them apart. Often one of them \
        is a copy that should be removed, or both need a name that says which level or which part \
        of the work they are. Set 'scope: level' when the same process is deliberately named \
        alike on several levels.""";
  }

  @Override
  public String badExample() {
    return """
        - {id: school-calls, type: process, name: Calls to families}
        - {id: district-calls, type: process, name: calls to  Families}
        """;
  }

  @Override
  public String goodExample() {
    return """
        - {id: school-calls, type: process, name: Counsellor calls to families}
        - {id: district-calls, type: process, name: Automated district calls to families}
        """;
  }

  @Override
  public List<RuleOption<?>> options() {
    return List.of(SCOPE);
  }

  @Override
  public List<Finding> check(RuleContext context) {
    boolean perLevel = context.option(SCOPE).equals("level");
    List<Finding> findings = new ArrayList<>();
    List<Level> levels = context.map().levels();
    int elementCount = 0;
    for (int l = 0; l < levels.size(); l++) {
      elementCount += levels.get(l).elements().size();
    }
    // Sized for every element, so that the map is not rehashed as it grows.
    Map<String, Element> first = new HashMap<>(elementCount * 4 / 3 + 1);
    for (int l = 0; l < levels.size(); l++) {
      if (perLevel) {
        first.clear();
      }
      List<Element> elements = levels.get(l).elements();
      for (int e = 0; e < elements.size(); e++) {
        Element element = elements.get(e);
        String key = normalize(element.name());
        Element earlier = first.putIfAbsent(key, element);
        if (earlier != null) {
          SourcePosition at = earlier.positions().of("name");
          findings.add(
              new Finding(
                  element.positions().of("name"),
                  "element '"
                      + element.id()
                      + "' has the same name as element '"
                      + earlier.id()
                      + "' at line "
                      + at.line()
                      + ", column "
                      + at.column()
                      + "; give each element a distinct name",
                  List.of(element.id(), earlier.id())));
        }
      }
    }
    return findings;
  }

  /**
   * Lowercases the name and drops all white space, so "Grade book" matches "gradebook". White space
   * is what the regular expression {@code \s} matches: space, tab, line feed, vertical tab, form
   * feed and carriage return. Lowercasing comes first because it depends on the neighbours of some
   * letters, such as the Greek final sigma before a space.
   */
  static String normalize(String name) {
    // Most names are ASCII, and their ISO-8859-1 bytes are a copy of the string's own array. Any
    // other character becomes '?' or a negative byte, and then the name takes the general path.
    byte[] key = name.getBytes(StandardCharsets.ISO_8859_1);
    int length = 0;
    for (byte b : key) {
      if (b < 0 || b == '?') {
        return normalizeAnyText(name);
      }
      if (b >= 'A' && b <= 'Z') {
        key[length++] = (byte) (b + ('a' - 'A'));
      } else if (b != ' ' && (b < '\t' || b > '\r')) {
        key[length++] = b;
      }
    }
    return new String(key, 0, length, StandardCharsets.ISO_8859_1);
  }

  /** Normalizes a name of any characters, as {@link #normalize} describes. */
  private static String normalizeAnyText(String name) {
    // A loop instead of replaceAll("\\s+", ""), which compiles a pattern and creates a Matcher for
    // every name.
    String lower = name.toLowerCase(Locale.ROOT);
    StringBuilder key = null;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      boolean space = c == ' ' || (c >= '\t' && c <= '\r');
      if (space && key == null) {
        key = new StringBuilder(lower.length()).append(lower, 0, i);
      } else if (!space && key != null) {
        key.append(c);
      }
    }
    return key == null ? lower : key.toString();
  }
}
