import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Writes synthetic system improvement maps for the benchmarks. The same seed gives the same files
 * on every machine, because java.util.Random's sequence is fixed by its specification.
 *
 * <p>Run with the JDK's source launcher, no build needed:
 *
 * <pre>java bench/GenerateMaps.java OUT_DIR [SEED]</pre>
 *
 * <p>It writes, under OUT_DIR: {@code nN.simap.yaml} for N = 50, 500, 5,000 and 50,000 elements; a
 * second version {@code nN-v2.simap.yaml} of each, with about 5% of it changed, for {@code diff};
 * and {@code many/map-0001.simap.yaml} to {@code map-1000} with 20 to 40 elements each, for the
 * many-files run. Every map is valid: ids are unique and every reference names an entry of the
 * right kind. Levels hold at most 25 elements, so large maps have many levels.
 */
public final class GenerateMaps {

  static final int[] SIZES = {50, 500, 5_000, 50_000};
  static final int MANY_FILES = 1_000;
  static final int MAX_PER_LEVEL = 25;

  static final String[] LEVELS = {
    "Classroom", "Grade team", "School", "Network", "District", "Region", "State agency"
  };
  static final String[] SUBJECTS = {
    "grading", "attendance", "feedback", "tutoring", "scheduling", "counselling", "placement",
    "homework", "assessment", "coaching", "enrolment", "advising", "transport", "meals",
    "mentoring", "reporting", "staffing", "budgeting", "curriculum", "outreach"
  };
  static final String[] ACTIONS = {
    "practice", "policy", "meeting", "calendar", "handbook", "routine", "review", "data system",
    "expectation", "hand-off", "protocol", "norm", "form", "committee", "check-in"
  };
  static final String[] WORDS = {
    "teachers", "students", "families", "counsellors", "leaders", "grades", "weekly", "late",
    "early", "warning", "signals", "reach", "rarely", "often", "term", "records", "shared",
    "unclear", "because", "before", "after", "course", "credit", "missing", "each", "team",
    "meets", "reviews", "priorities", "differ", "across", "schools", "without", "common", "time"
  };
  static final String[] TYPES = {"structure", "process", "norm"};
  static final String[] RATINGS = {"low", "medium", "high"};
  static final String[] SOURCES = {"data", "observation", "interview", "document"};
  static final String[] LINK_TYPES = {"influences", "depends-on", "feeds", "conflicts-with", "supports"};
  static final String[] STATUSES = {"proposed", "testing", "adopted", "abandoned"};

  record Element(String id, String type, String name, String text, String subsystem, String variation,
      List<String> evidence, List<String> rootCauses, String owner, List<String> tags, String url) {}

  record Level(String id, String name, List<Element> elements) {}

  record Link(String from, String to, String type, String label) {}

  record Group(String id, String name, String text, List<String> elements) {}

  /** A whole map, kept in memory so that a second version can be derived from it. */
  record SimMap(String title, List<String> rootCauses, List<String> subsystems, List<Level> levels,
      List<Link> links, List<Group> challenges, List<Group> focus) {}

  public static void main(String[] args) {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: java bench/GenerateMaps.java OUT_DIR [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    long seed = args.length == 2 ? Long.parseLong(args[1]) : 1L;
    for (int size : SIZES) {
      SimMap map = generate(new Random(seed + size), size);
      write(out.resolve("n" + size + ".simap.yaml"), yaml(map));
      write(out.resolve("n" + size + "-v2.simap.yaml"), yaml(change(new Random(seed - size), map)));
    }
    Random random = new Random(seed);
    for (int i = 1; i <= MANY_FILES; i++) {
      String name = String.format(Locale.ROOT, "map-%04d.simap.yaml", i);
      write(out.resolve("many").resolve(name), yaml(generate(new Random(seed * 7919 + i), 20 + random.nextInt(21))));
    }
  }

  static SimMap generate(Random random, int size) {
    int causes = Math.max(2, size / 20);
    int subsystems = Math.max(2, size / 100);
    List<String> rootCauses = new ArrayList<>();
    for (int i = 1; i <= causes; i++) {
      rootCauses.add("cause-" + i);
    }
    List<String> subsystemIds = new ArrayList<>();
    for (int i = 1; i <= subsystems; i++) {
      subsystemIds.add(pick(random, SUBJECTS) + "-system-" + i);
    }
    int levelCount = Math.max(3, (size + MAX_PER_LEVEL - 1) / MAX_PER_LEVEL);
    List<Level> levels = new ArrayList<>();
    List<String> elementIds = new ArrayList<>();
    for (int l = 0; l < levelCount; l++) {
      // Spread the elements evenly, so no level contains more than MAX_PER_LEVEL.
      int count = size / levelCount + (l < size % levelCount ? 1 : 0);
      List<Element> elements = new ArrayList<>();
      for (int k = 0; k < count; k++) {
        Element element = element(random, elementIds.size() + 1, rootCauses, subsystemIds);
        elements.add(element);
        elementIds.add(element.id());
      }
      String levelName = LEVELS[l % LEVELS.length] + (l < LEVELS.length ? "" : " " + (l / LEVELS.length + 1));
      levels.add(new Level("level-" + (l + 1), levelName, elements));
    }
    List<Link> links = new ArrayList<>();
    for (int i = 0; i < size * 3 / 2; i++) {
      String from = pick(random, elementIds);
      String to = pick(random, elementIds);
      String label = random.nextInt(4) == 0 ? sentence(random, 3) : null;
      links.add(new Link(from, to, pick(random, LINK_TYPES), label));
    }
    List<Group> challenges = groups(random, "challenge", Math.max(1, size / 10), elementIds);
    List<Group> focus = groups(random, "focus", Math.max(1, size / 25), elementIds);
    return new SimMap("Synthetic map of " + size + " elements", rootCauses, subsystemIds, levels,
        links, challenges, focus);
  }

  static Element element(Random random, int number, List<String> causes, List<String> subsystems) {
    String subject = pick(random, SUBJECTS);
    String action = pick(random, ACTIONS);
    String id = (subject + "-" + action).replace(' ', '-') + "-" + number;
    List<String> evidence = new ArrayList<>();
    for (int i = random.nextInt(3) == 0 ? 1 : 0; i > 0; i--) {
      evidence.add(sentence(random, 6 + random.nextInt(8)));
    }
    List<String> rootCauses = new ArrayList<>();
    if (random.nextInt(3) == 0) {
      rootCauses.add(pick(random, causes));
    }
    List<String> tags = random.nextBoolean() ? List.of(subject, pick(random, WORDS)) : List.of();
    String url = random.nextInt(5) == 0 ? "https://example.org/" + subject + "/" + number : null;
    return new Element(id, pick(random, TYPES), capitalize(subject) + " " + action,
        sentence(random, 6 + random.nextInt(14)), random.nextInt(4) == 0 ? null : pick(random, subsystems),
        random.nextInt(3) == 0 ? null : pick(random, RATINGS), evidence, rootCauses,
        random.nextBoolean() ? capitalize(pick(random, WORDS)) + " team" : null, tags, url);
  }

  static List<Group> groups(Random random, String kind, int count, List<String> elementIds) {
    List<Group> groups = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      Set<String> elements = new LinkedHashSet<>();
      for (int k = 1 + random.nextInt(5); k > 0; k--) {
        elements.add(pick(random, elementIds));
      }
      groups.add(new Group(kind + "-" + i, capitalize(sentence(random, 4)), sentence(random, 15),
          List.copyOf(elements)));
    }
    return groups;
  }

  /** Derives a second version: about 2% of elements removed, 1% added, 2% reworded, links redrawn. */
  static SimMap change(Random random, SimMap map) {
    Set<String> removed = new LinkedHashSet<>();
    List<Level> levels = new ArrayList<>();
    int added = 0;
    for (Level level : map.levels()) {
      List<Element> elements = new ArrayList<>();
      for (Element e : level.elements()) {
        int roll = random.nextInt(100);
        if (roll < 2 && level.elements().size() > 1) {
          removed.add(e.id());
        } else if (roll < 4) {
          elements.add(new Element(e.id(), e.type(), e.name() + " (revised)", sentence(random, 18),
              e.subsystem(), pick(random, RATINGS), e.evidence(), e.rootCauses(), e.owner(), e.tags(), e.url()));
        } else {
          elements.add(e);
        }
        if (roll == 99 && elements.size() < MAX_PER_LEVEL) {
          elements.add(element(random, 1_000_000 + ++added, map.rootCauses(), map.subsystems()));
        }
      }
      levels.add(new Level(level.id(), level.name(), elements));
    }
    List<Link> links = new ArrayList<>();
    for (Link link : map.links()) {
      if (!removed.contains(link.from()) && !removed.contains(link.to()) && random.nextInt(50) != 0) {
        links.add(link);
      }
    }
    return new SimMap(map.title(), map.rootCauses(), map.subsystems(), levels, links,
        prune(map.challenges(), removed), prune(map.focus(), removed));
  }

  /** Drops references to removed elements, and every group left without elements. */
  static List<Group> prune(List<Group> groups, Set<String> removed) {
    List<Group> kept = new ArrayList<>();
    for (Group group : groups) {
      List<String> elements = group.elements().stream().filter(id -> !removed.contains(id)).toList();
      if (!elements.isEmpty()) {
        kept.add(new Group(group.id(), group.name(), group.text(), elements));
      }
    }
    return kept;
  }

  static String yaml(SimMap map) {
    StringBuilder y = new StringBuilder(map.levels().size() * 8_000);
    y.append("simap: 1\ntitle: ").append(map.title()).append('\n');
    y.append("problem: Students fail courses without early warning.\n");
    // Typographic quotes and accents make the reader decode multi-byte UTF-8, as real maps do.
    y.append("description: >-\n  Generated for benchmarks, with “quotes” and accents (é, ü)\n")
        .append("  spread over two lines.\n");
    y.append("root_causes:\n");
    for (String cause : map.rootCauses()) {
      y.append("  - id: ").append(cause).append("\n    text: \"Root cause: ").append(cause).append("\"\n");
    }
    y.append("subsystems:\n");
    for (String subsystem : map.subsystems()) {
      y.append("  - id: ").append(subsystem).append("\n    name: ").append(capitalize(subsystem.replace('-', ' '))).append('\n');
    }
    y.append("levels:\n");
    for (Level level : map.levels()) {
      y.append("  - id: ").append(level.id()).append("\n    name: ").append(level.name()).append('\n');
      y.append("    elements:\n");
      for (Element e : level.elements()) {
        element(y, e);
      }
    }
    y.append("links:\n");
    for (Link link : map.links()) {
      y.append("  - from: ").append(link.from()).append("\n    to: ").append(link.to()).append('\n');
      y.append("    type: ").append(link.type()).append('\n');
      if (link.label() != null) {
        y.append("    label: ").append(link.label()).append('\n');
      }
    }
    y.append("challenges:\n");
    groups(y, map.challenges(), "");
    y.append("focus:\n");
    groups(y, map.focus(), "    kind: improvement\n    agency: medium\n    status: testing\n");
    return y.toString();
  }

  static void element(StringBuilder y, Element e) {
    y.append("      - id: ").append(e.id()).append("\n        type: ").append(e.type()).append('\n');
    y.append("        name: ").append(e.name()).append('\n');
    y.append("        description: >-\n          ").append(e.text()).append('\n');
    if (e.subsystem() != null) {
      y.append("        subsystem: ").append(e.subsystem()).append('\n');
    }
    if (e.variation() != null) {
      y.append("        variation: ").append(e.variation()).append('\n');
    }
    if (!e.evidence().isEmpty()) {
      y.append("        evidence:\n");
      for (int i = 0; i < e.evidence().size(); i++) {
        y.append("          - text: ").append(e.evidence().get(i)).append('\n');
        y.append("            source: ").append(SOURCES[i % SOURCES.length]).append('\n');
        y.append("            date: 2026-").append(String.format(Locale.ROOT, "%02d-%02d", 1 + i % 12, 1 + i % 28)).append('\n');
      }
    }
    if (!e.rootCauses().isEmpty()) {
      y.append("        root_causes: [").append(String.join(", ", e.rootCauses())).append("]\n");
    }
    if (e.owner() != null) {
      y.append("        owner: ").append(e.owner()).append('\n');
    }
    if (!e.tags().isEmpty()) {
      y.append("        tags: [").append(String.join(", ", e.tags())).append("]\n");
    }
    if (e.url() != null) {
      y.append("        url: ").append(e.url()).append('\n');
    }
  }

  static void groups(StringBuilder y, List<Group> groups, String extra) {
    for (Group group : groups) {
      y.append("  - id: ").append(group.id()).append("\n    name: ").append(group.name()).append('\n');
      y.append("    description: ").append(group.text()).append('\n').append(extra);
      y.append("    elements:\n");
      for (String element : group.elements()) {
        y.append("      - ").append(element).append('\n');
      }
    }
  }

  static String sentence(Random random, int words) {
    StringBuilder s = new StringBuilder(capitalize(pick(random, WORDS)));
    for (int i = 1; i < words; i++) {
      s.append(' ').append(pick(random, WORDS));
    }
    return s.append('.').toString();
  }

  static String capitalize(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static String pick(Random random, String[] values) {
    return values[random.nextInt(values.length)];
  }

  static String pick(Random random, List<String> values) {
    return values.get(random.nextInt(values.size()));
  }

  static void write(Path path, String text) {
    try {
      Files.createDirectories(path.getParent());
      Files.writeString(path, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
