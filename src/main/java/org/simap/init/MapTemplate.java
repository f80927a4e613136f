package org.simap.init;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.simap.model.ElementType;
import org.simap.validate.MapValidator;

/**
 * A new map that walks a team through the four steps of building a system improvement map, as YAML
 * comments around placeholder entries. The placeholders make a valid map: every level has one
 * element of each type, every element has a description and is connected by a link or a challenge,
 * and names and ids are unique.
 *
 * @param title the map's title
 * @param problem the problem statement, or empty for a placeholder
 * @param levels the level ids, closest to the problem first
 */
public record MapTemplate(String title, Optional<String> problem, List<String> levels) {

  /** The levels of a school system, the method's usual example. */
  public static final List<String> DEFAULT_LEVELS = List.of("classroom", "school", "district");

  static final String ROOT_CAUSE_ID = "root-cause-1";
  static final String CHALLENGE_ID = "common-challenge";

  /**
   * Checks the settings.
   *
   * @throws IllegalArgumentException with a message for the user when a text is empty or has a
   *     control character, or a level id is invalid, repeated or clashes with a generated id
   */
  public MapTemplate {
    requireNonNull(title, "title");
    requireNonNull(problem, "problem");
    levels = List.copyOf(levels);
    checkText("title", title);
    problem.ifPresent(text -> checkText("problem", text));
    checkLevels(levels);
  }

  /** Derives a title from a file name: {@code course-failure.simap.yaml} gives "Course failure". */
  public static String titleFromFileName(String fileName) {
    String base =
        fileName.replaceFirst("(?i)\\.simap\\.ya?ml$", "").replaceFirst("(?i)\\.ya?ml$", "");
    String words = base.replaceAll("[-_.\\s]+", " ").strip();
    return words.isEmpty() ? "System improvement map" : capitalise(words);
  }

  /** Returns the map as YAML text, ending with a newline. */
  public String yaml() {
    StringBuilder out = new StringBuilder();
    header(out);
    stepOne(out);
    stepTwo(out);
    stepThree(out);
    stepFour(out);
    return out.toString();
  }

  private static void header(StringBuilder out) {
    lines(
        out,
        "# A system improvement map (simap format version 1).",
        "#",
        "# The map records, for one problem, the organizational levels involved and the",
        "# structures, processes and norms at each level that influence the problem.",
        "# Work through the four steps below and replace every placeholder. Check the",
        "# file with 'simap validate FILE', and 'simap lint FILE' for good-practice hints.",
        "#",
        "# Editors with a YAML language server can check this file as you type: run",
        "# 'simap schema > simap-1.schema.json' and name that file in a modeline on the",
        "# first line, as docs/editors.md in the simap repository shows.",
        "",
        "simap: 1");
  }

  private void stepOne(StringBuilder out) {
    lines(
        out,
        "title: " + YamlText.scalar(title),
        "",
        "# Step 1: the problem and its root causes.",
        "# State the problem or challenge area as an outcome the team wants to change,",
        "# then list what the root-cause analysis found, one finding each. Elements",
        "# point at the root causes they are tied to in their root_causes list.",
        "problem: "
            + YamlText.scalar(
                problem.orElse(
                    "Replace with the problem, stated as an outcome the team wants to change.")),
        "root_causes:",
        "  - id: " + ROOT_CAUSE_ID,
        "    text: Replace with one finding of the root-cause analysis.");
  }

  private void stepTwo(StringBuilder out) {
    lines(
        out,
        "",
        "# Step 2: at each level, the structures, processes and norms that influence the",
        "# problem. Levels run from the one closest to the problem outward.",
        "#   structure: policies, departments and groupings, the design of a space or a",
        "#              product, technology and software",
        "#   process:   the workflow, what steps are taken and in what order",
        "#   norm:      written and unwritten rules that govern how people behave",
        "# Mark where quality or outcomes vary widely, with the evidence for it:",
        "#   variation: high             # low, medium or high",
        "#   evidence:",
        "#     - text: What the investigation found.",
        "#       source: interview       # data, observation, interview or document",
        "#       date: 2025-01-31",
        "levels:");
    for (int i = 0; i < levels.size(); i++) {
      String level = levels.get(i);
      String name = levelName(level);
      String lower = name.toLowerCase(Locale.ROOT);
      if (i > 0) {
        out.append('\n');
      }
      lines(
          out,
          "  - id: " + level,
          "    name: " + YamlText.scalar(name),
          "    description: "
              + YamlText.scalar("Replace with who and what the " + lower + " level includes."),
          "    elements:");
      element(
          out,
          level,
          ElementType.STRUCTURE,
          "Replace with a policy, grouping, space or tool at the "
              + lower
              + " level that shapes the problem.");
      element(
          out,
          level,
          ElementType.PROCESS,
          "Replace with a workflow at the "
              + lower
              + " level, the steps people take and their order.");
      if (i == 0) {
        lines(out, "        root_causes: [" + ROOT_CAUSE_ID + "]");
      }
      element(
          out,
          level,
          ElementType.NORM,
          "Replace with a written or unwritten rule that people at the "
              + lower
              + " level follow.");
    }
  }

  private static void element(StringBuilder out, String level, ElementType type, String text) {
    lines(
        out,
        "      - id: " + elementId(level, type),
        "        type: " + type.keyword(),
        "        name: " + YamlText.scalar(levelName(level) + " " + type.keyword()),
        "        description: " + YamlText.scalar(text));
  }

  private void stepThree(StringBuilder out) {
    lines(
        out,
        "",
        "# Step 3: additional elements, and how elements connect within and across levels.",
        "# Add any further structures, processes or norms to the levels above. A link",
        "# reads as a sentence: from, type, to. Types are influences (the default),",
        "# depends-on, feeds, conflicts-with and supports. A challenge names a difficulty",
        "# that shows up on several levels, and lists the elements where it appears.",
        "links:");
    for (String level : levels) {
      String lower = levelName(level).toLowerCase(Locale.ROOT);
      link(
          out,
          elementId(level, ElementType.STRUCTURE),
          elementId(level, ElementType.PROCESS),
          "Replace with how the " + lower + " structure shapes the process");
      link(
          out,
          elementId(level, ElementType.NORM),
          elementId(level, ElementType.PROCESS),
          "Replace with how the " + lower + " norm shapes the process");
    }
    for (int i = levels.size() - 1; i > 0; i--) {
      link(
          out,
          elementId(levels.get(i), ElementType.PROCESS),
          elementId(levels.get(i - 1), ElementType.PROCESS),
          "Replace with how the outer level shapes the inner one");
    }
    List<String> processes = new ArrayList<>();
    for (String level : levels) {
      processes.add(elementId(level, ElementType.PROCESS));
    }
    lines(
        out,
        "challenges:",
        "  - id: " + CHALLENGE_ID,
        "    name: Replace with a challenge common to several levels",
        "    description: Replace with what these elements have in common and why it matters.",
        "    elements: [" + String.join(", ", processes) + "]");
  }

  private static void link(StringBuilder out, String from, String to, String label) {
    lines(
        out,
        "  - from: " + from,
        "    to: " + to,
        "    type: influences",
        "    label: " + YamlText.scalar(label));
  }

  private void stepFour(StringBuilder out) {
    String first = elementId(levels.get(0), ElementType.PROCESS);
    lines(
        out,
        "",
        "# Step 4: analysis. Review the map for areas for improvement, where a change can",
        "# be tested, and for questions to investigate further. Look closely at elements",
        "# that depend on each other and at places where the team has the most agency.",
        "# Remove the leading '# ' from the lines below and fill them in:",
        "# focus:",
        "#   - id: first-change",
        "#     kind: improvement          # improvement or investigate",
        "#     name: The change the team will test",
        "#     description: What will change, for whom, and how the team will know.",
        "#     elements: [" + first + "]",
        "#     agency: high               # low, medium or high: how much the team can change",
        "#     questions:",
        "#       - What does the team need to find out?",
        "#     status: proposed           # proposed, testing, adopted or abandoned");
  }

  /** Returns the id given to a level's placeholder element of one type. */
  static String elementId(String level, ElementType type) {
    return level + "-" + type.keyword();
  }

  /** Returns a level's name made from its id: {@code central-office} gives "Central office". */
  static String levelName(String id) {
    return capitalise(id.replace('-', ' '));
  }

  private static String capitalise(String words) {
    int first = words.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(words.substring(Character.charCount(first)))
        .toString();
  }

  private static void checkText(String field, String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException(field + " is empty; give the map's " + field);
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF) {
        throw new IllegalArgumentException(
            String.format(
                Locale.ROOT,
                "%s contains the control character U+%04X; remove it",
                field,
                (int) c));
      }
    }
  }

  private static void checkLevels(List<String> levels) {
    if (levels.isEmpty()) {
      throw new IllegalArgumentException(
          "no levels given; name at least one, such as --levels classroom,school,district");
    }
    Set<String> seen = new HashSet<>();
    for (String level : levels) {
      if (!MapValidator.ID.matcher(level).matches()) {
        throw new IllegalArgumentException(
            "invalid level id '"
                + level
                + "'; ids use lowercase letters, digits and hyphens, such as 'school'");
      }
      if (!seen.add(level)) {
        throw new IllegalArgumentException("level id '" + level + "' is given twice");
      }
    }
    Map<String, String> generated = new LinkedHashMap<>();
    generated.put(ROOT_CAUSE_ID, "the placeholder root cause");
    generated.put(CHALLENGE_ID, "the placeholder challenge");
    for (String level : levels) {
      for (ElementType type : ElementType.values()) {
        generated.put(
            elementId(level, type), "the " + type.keyword() + " of level '" + level + "'");
      }
    }
    for (String level : levels) {
      String owner = generated.get(level);
      if (owner != null) {
        throw new IllegalArgumentException(
            "level id '" + level + "' is also the id of " + owner + "; choose another level id");
      }
    }
  }

  private static void lines(StringBuilder out, String... lines) {
    for (String line : lines) {
      out.append(line).append('\n');
    }
  }
}
