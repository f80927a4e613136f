package org.simap.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import org.simap.model.Challenge;
import org.simap.model.Diagnostic;
import org.simap.model.Element;
import org.simap.model.ElementType;
import org.simap.model.Evidence;
import org.simap.model.EvidenceSource;
import org.simap.model.Focus;
import org.simap.model.FocusKind;
import org.simap.model.FocusStatus;
import org.simap.model.Level;
import org.simap.model.Link;
import org.simap.model.LinkType;
import org.simap.model.Rating;
import org.simap.model.RootCause;
import org.simap.model.Subsystem;
import org.simap.model.SystemMap;
import org.simap.model.Waiver;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Turns the YAML node tree of one map file into a {@link SystemMap}, checking the shape of every
 * field. Entries with a problem are still read as far as they go, with placeholders, so that later
 * checks can report their own problems in the same run.
 */
final class MapReader {

  static final String VERSION_RULE = "unsupported-version";
  static final String ELEMENT_TYPE_RULE = "element-type";

  private static final Entry.Fields MAP_FIELDS =
      Entry.Fields.of(
          "simap",
          "title",
          "problem",
          "description",
          "root_causes",
          "subsystems",
          "levels",
          "links",
          "challenges",
          "focus",
          "waivers");

  /** A kind of entry in a list: its name in messages, its fields, and how to read one. */
  private record Kind<T>(
      String name, Entry.Fields fields, BiFunction<MapReader, Entry, T> reader) {}

  private static final Kind<RootCause> ROOT_CAUSE =
      new Kind<>("root cause", Entry.Fields.of("id", "text"), MapReader::rootCause);
  private static final Kind<Subsystem> SUBSYSTEM =
      new Kind<>("subsystem", Entry.Fields.of("id", "name", "description"), MapReader::subsystem);
  private static final Kind<Level> LEVEL =
      new Kind<>(
          "level", Entry.Fields.of("id", "name", "description", "elements"), MapReader::level);
  private static final Kind<Element> ELEMENT =
      new Kind<>(
          "element",
          Entry.Fields.of(
              "id",
              "type",
              "name",
              "description",
              "subsystem",
              "variation",
              "evidence",
              "root_causes",
              "owner",
              "tags",
              "url"),
          MapReader::element);
  private static final Kind<Evidence> EVIDENCE =
      new Kind<>("evidence", Entry.Fields.of("text", "source", "date", "url"), MapReader::evidence);
  private static final Kind<Link> LINK =
      new Kind<>("link", Entry.Fields.of("from", "to", "type", "label"), MapReader::link);
  private static final Kind<Challenge> CHALLENGE =
      new Kind<>(
          "challenge",
          Entry.Fields.of("id", "name", "description", "elements"),
          MapReader::challenge);
  private static final Kind<Focus> FOCUS =
      new Kind<>(
          "focus entry",
          Entry.Fields.of(
              "id", "kind", "name", "description", "elements", "agency", "questions", "status"),
          MapReader::focus);
  private static final Kind<Waiver> WAIVER =
      new Kind<>("waiver", Entry.Fields.of("rule", "target", "reason", "until"), MapReader::waiver);

  private final String file;
  private final List<Diagnostic> diagnostics;
  private final boolean plainText;

  /**
   * Creates a reader for one file. {@code plainText} is true when the file's text has no control or
   * direction characters and no escapes, so that no value needs to be checked for them.
   */
  MapReader(String file, List<Diagnostic> diagnostics, boolean plainText) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.plainText = plainText;
  }

  /** Reads the map, or returns empty when its top level is not a mapping. */
  Optional<SystemMap> read(Node root) {
    Optional<Entry> found = Entry.of(file, diagnostics, plainText, root, "the map", MAP_FIELDS);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Entry map = found.get();
    int version = readVersion(map);
    String title = map.requiredText("title", "a short name for the map");
    String problem = map.requiredText("problem", "the problem or challenge area the map is about");
    Optional<String> description = map.text("description");
    List<RootCause> rootCauses = readAll(map, "root_causes", "a list of root causes", ROOT_CAUSE);
    List<Subsystem> subsystems = readAll(map, "subsystems", "a list of subsystems", SUBSYSTEM);
    if (!map.written("levels")) {
      map.missing(
          "levels", "the organizational levels, from the one closest to the problem outward");
    }
    List<Level> levels = readAll(map, "levels", "a list of levels", LEVEL);
    if (map.isEmptyList("levels")) {
      diagnostics.add(
          Diagnostic.error(
              map.position("levels"),
              Entry.REQUIRED,
              "the map needs at least one level in 'levels'"));
    }
    List<Link> links = readAll(map, "links", "a list of links", LINK);
    List<Challenge> challenges = readAll(map, "challenges", "a list of challenges", CHALLENGE);
    List<Focus> focus = readAll(map, "focus", "a list of focus entries", FOCUS);
    List<Waiver> waivers = readAll(map, "waivers", "a list of waivers", WAIVER);
    return Optional.of(
        new SystemMap(
            file,
            version,
            title,
            problem,
            description,
            rootCauses,
            subsystems,
            levels,
            links,
            challenges,
            focus,
            waivers,
            map.positions()));
  }

  private int readVersion(Entry map) {
    if (!map.has("simap")) {
      diagnostics.add(
          Diagnostic.error(
              map.position(),
              Entry.REQUIRED,
              "the map is missing required field 'simap' (the format version); add 'simap: 1' as its first line"));
      return SystemMap.FORMAT_VERSION;
    }
    Optional<Integer> version = map.integer("simap");
    if (version.isPresent() && version.get() != SystemMap.FORMAT_VERSION) {
      diagnostics.add(
          Diagnostic.error(
              map.position("simap"),
              VERSION_RULE,
              "unsupported format version "
                  + version.get()
                  + "; this simap reads version "
                  + SystemMap.FORMAT_VERSION
                  + " (a newer simap may read it)"));
    }
    return version.orElse(SystemMap.FORMAT_VERSION);
  }

  /** Reads each entry of a list field, leaving out the entries that are not mappings. */
  private <T> List<T> readAll(Entry parent, String key, String expected, Kind<T> kind) {
    List<T> result = new ArrayList<>();
    for (Node item : parent.list(key, expected)) {
      Optional<Entry> entry =
          Entry.of(file, diagnostics, plainText, item, kind.name(), kind.fields());
      if (entry.isPresent()) {
        result.add(kind.reader().apply(this, entry.get()));
      }
    }
    return result;
  }

  private String id(Entry entry) {
    return entry.requiredText("id", "");
  }

  private RootCause rootCause(Entry e) {
    return new RootCause(id(e), e.requiredText("text", "what the analysis found"), e.positions());
  }

  private Subsystem subsystem(Entry e) {
    return new Subsystem(id(e), e.requiredText("name", ""), e.text("description"), e.positions());
  }

  private Level level(Entry e) {
    String id = id(e);
    String name = e.requiredText("name", "");
    Optional<String> description = e.text("description");
    List<Element> elements = readAll(e, "elements", "a list of elements", ELEMENT);
    return new Level(id, name, description, elements, e.positions());
  }

  private Element element(Entry e) {
    String id = id(e);
    Optional<ElementType> type =
        e.requiredKeyword(
            "type",
            ElementType.class,
            "element type",
            ELEMENT_TYPE_RULE,
            "structure, process or norm");
    return new Element(
        id,
        // A placeholder keeps the element's id known to later checks; the map is already invalid,
        // so the placeholder is never shown as a result.
        type.orElse(ElementType.PROCESS),
        e.requiredText("name", ""),
        e.text("description"),
        e.text("subsystem"),
        e.keyword("variation", Rating.class, "variation", Entry.VALUE),
        readAll(e, "evidence", "a list of evidence", EVIDENCE),
        e.texts("root_causes"),
        e.text("owner"),
        e.texts("tags"),
        e.url("url"),
        e.positions());
  }

  private Evidence evidence(Entry e) {
    return new Evidence(
        e.requiredText("text", "what was found"),
        e.keyword("source", EvidenceSource.class, "evidence source", Entry.VALUE),
        e.date("date"),
        e.url("url"),
        e.positions());
  }

  private Link link(Entry e) {
    String from = e.requiredText("from", "the id of an element");
    String to = e.requiredText("to", "the id of an element");
    e.nameByEnds(from, to);
    return new Link(
        from,
        to,
        e.keyword("type", LinkType.class, "link type", Entry.VALUE).orElse(LinkType.INFLUENCES),
        e.text("label"),
        e.positions());
  }

  private Challenge challenge(Entry e) {
    String id = id(e);
    String name = e.requiredText("name", "");
    Optional<String> description = e.text("description");
    List<String> elements = e.texts("elements");
    if (!e.written("elements")) {
      e.missing("elements", "the ids of the elements where the challenge shows");
    } else if (e.isEmptyList("elements")) {
      diagnostics.add(
          Diagnostic.error(
              e.position("elements"),
              Entry.REQUIRED,
              e.label() + " needs at least one element id in 'elements'"));
    }
    return new Challenge(id, name, description, elements, e.positions());
  }

  private Focus focus(Entry e) {
    String id = id(e);
    Optional<FocusKind> kind =
        e.requiredKeyword(
            "kind", FocusKind.class, "focus kind", Entry.VALUE, "improvement or investigate");
    return new Focus(
        id,
        kind.orElse(FocusKind.IMPROVEMENT),
        e.requiredText("name", ""),
        e.text("description"),
        e.texts("elements"),
        e.keyword("agency", Rating.class, "agency", Entry.VALUE),
        e.texts("questions"),
        e.keyword("status", FocusStatus.class, "focus status", Entry.VALUE),
        e.positions());
  }

  private Waiver waiver(Entry e) {
    String rule = e.requiredText("rule", "the id of the lint rule to waive");
    if (!rule.isEmpty()) {
      e.nameByRule(rule);
    }
    return new Waiver(
        rule,
        e.text("target"),
        e.requiredText("reason", "why the gap is deliberate"),
        e.date("until"),
        e.positions());
  }
}
