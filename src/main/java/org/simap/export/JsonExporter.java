package org.simap.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.simap.model.Challenge;
import org.simap.model.Element;
import org.simap.model.Evidence;
import org.simap.model.Focus;
import org.simap.model.Keyword;
import org.simap.model.Level;
import org.simap.model.Link;
import org.simap.model.RootCause;
import org.simap.model.Subsystem;
import org.simap.model.SystemMap;
import org.simap.model.Waiver;

/**
 * Writes the normalized map as JSON, documented in docs/export.md: every field present (null or an
 * empty list when the map leaves it out), the default link type filled in, and references resolved
 * in both directions. Keys come in a fixed order.
 */
final class JsonExporter implements Exporter {

  /** The version of the export layout; raised only when a field changes meaning or goes away. */
  static final int LAYOUT_VERSION = 1;

  @Override
  public String export(SystemMap map) {
    MapIndex index = new MapIndex(map);
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("simap", map.version());
    root.put("export_version", LAYOUT_VERSION);
    root.put("title", map.title());
    root.put("problem", map.problem());
    root.put("description", orNull(map.description()));
    root.put("root_causes", map.rootCauses().stream().map(c -> rootCause(c, index)).toList());
    root.put("subsystems", map.subsystems().stream().map(s -> subsystem(s, index)).toList());
    root.put("levels", map.levels().stream().map(l -> level(l, index)).toList());
    root.put("links", map.links().stream().map(l -> link(l, index)).toList());
    root.put("challenges", map.challenges().stream().map(c -> challenge(c, map, index)).toList());
    root.put("focus", map.focus().stream().map(f -> focus(f, map, index)).toList());
    root.put("waivers", map.waivers().stream().map(JsonExporter::waiver).toList());
    return JsonTree.write(root);
  }

  private static Map<String, Object> rootCause(RootCause cause, MapIndex index) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", cause.id());
    out.put("text", cause.text());
    out.put("elements", index.elementsOfRootCause(cause.id()));
    return out;
  }

  private static Map<String, Object> subsystem(Subsystem subsystem, MapIndex index) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", subsystem.id());
    out.put("name", subsystem.name());
    out.put("description", orNull(subsystem.description()));
    out.put("elements", index.elementsOfSubsystem(subsystem.id()));
    return out;
  }

  private static Map<String, Object> level(Level level, MapIndex index) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", level.id());
    out.put("name", level.name());
    out.put("description", orNull(level.description()));
    out.put("elements", level.elements().stream().map(e -> element(e, level, index)).toList());
    return out;
  }

  private static Map<String, Object> element(Element element, Level level, MapIndex index) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", element.id());
    out.put("type", element.type().keyword());
    out.put("name", element.name());
    out.put("description", orNull(element.description()));
    out.put("level", level.id());
    out.put("subsystem", orNull(element.subsystem()));
    out.put("variation", keyword(element.variation()));
    out.put("owner", orNull(element.owner()));
    out.put("tags", element.tags());
    out.put("url", orNull(element.url()));
    out.put("root_causes", element.rootCauses());
    out.put("evidence", element.evidence().stream().map(JsonExporter::evidence).toList());
    out.put("challenges", index.challengesOf(element.id()));
    out.put("focus", index.focusOf(element.id()));
    return out;
  }

  private static Map<String, Object> evidence(Evidence evidence) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("text", evidence.text());
    out.put("source", keyword(evidence.source()));
    out.put("date", evidence.date().map(Object::toString).orElse(null));
    out.put("url", orNull(evidence.url()));
    return out;
  }

  private static Map<String, Object> link(Link link, MapIndex index) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("from", link.from());
    out.put("to", link.to());
    out.put("type", link.type().keyword());
    out.put("label", orNull(link.label()));
    out.put("from_level", index.levelOf(link.from()).id());
    out.put("to_level", index.levelOf(link.to()).id());
    return out;
  }

  private static Map<String, Object> challenge(Challenge challenge, SystemMap map, MapIndex index) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", challenge.id());
    out.put("name", challenge.name());
    out.put("description", orNull(challenge.description()));
    out.put("elements", challenge.elements());
    out.put("levels", index.levelsOf(map, challenge.elements()));
    return out;
  }

  private static Map<String, Object> focus(Focus focus, SystemMap map, MapIndex index) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", focus.id());
    out.put("kind", focus.kind().keyword());
    out.put("name", focus.name());
    out.put("description", orNull(focus.description()));
    out.put("elements", focus.elements());
    out.put("levels", index.levelsOf(map, focus.elements()));
    out.put("agency", keyword(focus.agency()));
    out.put("questions", focus.questions());
    out.put("status", keyword(focus.status()));
    return out;
  }

  private static Map<String, Object> waiver(Waiver waiver) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("rule", waiver.rule());
    out.put("target", orNull(waiver.target()));
    out.put("reason", waiver.reason());
    out.put("until", waiver.until().map(Object::toString).orElse(null));
    return out;
  }

  private static String orNull(Optional<String> value) {
    return value.orElse(null);
  }

  private static String keyword(Optional<? extends Keyword> value) {
    return value.map(Keyword::keyword).orElse(null);
  }
}
