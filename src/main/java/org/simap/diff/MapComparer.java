package org.simap.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.simap.model.Challenge;
import org.simap.model.Element;
import org.simap.model.ElementType;
import org.simap.model.Focus;
import org.simap.model.Level;
import org.simap.model.Link;
import org.simap.model.Rating;
import org.simap.model.RootCause;
import org.simap.model.Subsystem;
import org.simap.model.SystemMap;
import org.simap.model.Waiver;

/**
 * Compares two versions of a map. Every step indexes entries by id in hash maps, so the work grows
 * with the size of the maps, not with its square.
 *
 * <p>Elements are compared first, because their renames decide how references from links,
 * challenges, focus entries and waivers in the old version are read: a reference that followed a
 * rename is not a change.
 */
final class MapComparer {

  private final Optional<SystemMap> oldMap;
  private final Optional<SystemMap> newMap;

  /** Old element id to new element id, for elements whose id changed and nothing else. */
  private final Map<String, String> renames = new HashMap<>();

  MapComparer(Optional<SystemMap> oldMap, Optional<SystemMap> newMap) {
    this.oldMap = oldMap;
    this.newMap = newMap;
  }

  MapDiff compare() {
    List<ElementChange> elements = compareElements();
    return new MapDiff(
        compareTopFields(),
        compareEntries(
            list(SystemMap::rootCauses),
            newList(SystemMap::rootCauses),
            RootCause::id,
            RootCause::text,
            (a, b) -> {
              List<FieldChange> fields = new ArrayList<>();
              Fields.text(fields, "text", a.text(), b.text());
              return fields;
            }),
        compareEntries(
            list(SystemMap::subsystems),
            newList(SystemMap::subsystems),
            Subsystem::id,
            Subsystem::name,
            (a, b) -> {
              List<FieldChange> fields = new ArrayList<>();
              Fields.text(fields, "name", a.name(), b.name());
              Fields.optional(fields, "description", a.description(), b.description());
              return fields;
            }),
        compareEntries(
            list(SystemMap::levels),
            newList(SystemMap::levels),
            Level::id,
            Level::name,
            (a, b) -> {
              List<FieldChange> fields = new ArrayList<>();
              Fields.text(fields, "name", a.name(), b.name());
              Fields.optional(fields, "description", a.description(), b.description());
              return fields;
            }),
        compareLevelOrder(),
        elements,
        compareLinks(),
        compareEntries(
            list(SystemMap::challenges),
            newList(SystemMap::challenges),
            Challenge::id,
            Challenge::name,
            this::challengeFields),
        compareEntries(
            list(SystemMap::focus),
            newList(SystemMap::focus),
            Focus::id,
            Focus::name,
            this::focusFields),
        compareWaivers());
  }

  private <T> List<T> list(Function<SystemMap, List<T>> field) {
    return oldMap.map(field).orElse(List.of());
  }

  private <T> List<T> newList(Function<SystemMap, List<T>> field) {
    return newMap.map(field).orElse(List.of());
  }

  private List<FieldChange> compareTopFields() {
    List<FieldChange> fields = new ArrayList<>();
    Fields.optional(fields, "title", oldMap.map(SystemMap::title), newMap.map(SystemMap::title));
    Fields.optional(
        fields, "problem", oldMap.map(SystemMap::problem), newMap.map(SystemMap::problem));
    Fields.optional(
        fields,
        "description",
        oldMap.flatMap(SystemMap::description),
        newMap.flatMap(SystemMap::description));
    return fields;
  }

  /**
   * Compares two lists of entries with ids: entries of the new version in its order (added or
   * changed), then entries only in the old version in its order (removed). A repeated id counts
   * once, at its first place, as validation rejects it anyway.
   */
  private static <T> List<EntryChange> compareEntries(
      List<T> olds,
      List<T> news,
      Function<T, String> id,
      Function<T, String> name,
      BiFunction<T, T, List<FieldChange>> fields) {
    Map<String, T> oldById = index(olds, id);
    Map<String, T> newById = index(news, id);
    List<EntryChange> changes = new ArrayList<>();
    for (Map.Entry<String, T> entry : newById.entrySet()) {
      T before = oldById.get(entry.getKey());
      T after = entry.getValue();
      if (before == null) {
        changes.add(
            new EntryChange(ChangeKind.ADDED, entry.getKey(), name.apply(after), List.of()));
        continue;
      }
      List<FieldChange> changed = fields.apply(before, after);
      if (!changed.isEmpty()) {
        changes.add(
            new EntryChange(ChangeKind.CHANGED, entry.getKey(), name.apply(after), changed));
      }
    }
    for (Map.Entry<String, T> entry : oldById.entrySet()) {
      if (!newById.containsKey(entry.getKey())) {
        changes.add(
            new EntryChange(
                ChangeKind.REMOVED, entry.getKey(), name.apply(entry.getValue()), List.of()));
      }
    }
    return changes;
  }

  private static <T> Map<String, T> index(List<T> entries, Function<T, String> key) {
    Map<String, T> index = new LinkedHashMap<>();
    for (T entry : entries) {
      index.putIfAbsent(key.apply(entry), entry);
    }
    return index;
  }

  private Optional<LevelOrder> compareLevelOrder() {
    List<String> oldOrder = list(SystemMap::levels).stream().map(Level::id).toList();
    List<String> newOrder = newList(SystemMap::levels).stream().map(Level::id).toList();
    Set<String> inOld = new HashSet<>(oldOrder);
    Set<String> inNew = new HashSet<>(newOrder);
    List<String> commonOld = oldOrder.stream().filter(inNew::contains).distinct().toList();
    List<String> commonNew = newOrder.stream().filter(inOld::contains).distinct().toList();
    if (commonOld.equals(commonNew)) {
      return Optional.empty();
    }
    return Optional.of(new LevelOrder(oldOrder, newOrder));
  }

  /** An element with the id of its level. */
  private record Placed(Element element, String level) {}

  /** Everything about an element except its id: two elements alike in this were renamed. */
  private record Content(
      String level,
      ElementType type,
      String name,
      Optional<String> description,
      Optional<String> subsystem,
      Optional<Rating> variation,
      Set<String> evidence,
      Set<String> rootCauses,
      Optional<String> owner,
      Set<String> tags,
      Optional<String> url) {

    static Content of(Placed placed) {
      Element e = placed.element();
      return new Content(
          placed.level(),
          e.type(),
          e.name(),
          e.description(),
          e.subsystem(),
          e.variation(),
          Set.copyOf(e.evidence().stream().map(Fields::evidence).toList()),
          Set.copyOf(e.rootCauses()),
          e.owner(),
          Set.copyOf(e.tags()),
          e.url());
    }
  }

  private static Map<String, Placed> placeElements(List<Level> levels) {
    Map<String, Placed> index = new LinkedHashMap<>();
    for (Level level : levels) {
      for (Element element : level.elements()) {
        index.putIfAbsent(element.id(), new Placed(element, level.id()));
      }
    }
    return index;
  }

  private List<ElementChange> compareElements() {
    List<Level> oldLevels = list(SystemMap::levels);
    List<Level> newLevels = newList(SystemMap::levels);
    Map<String, Placed> olds = placeElements(oldLevels);
    Map<String, Placed> news = placeElements(newLevels);
    Map<String, String> renamedFrom = findRenames(olds, news);

    // Removed elements by the level that held them, so that each level lists its own.
    Map<String, List<Placed>> removedByLevel = new LinkedHashMap<>();
    for (Map.Entry<String, Placed> entry : olds.entrySet()) {
      if (!news.containsKey(entry.getKey()) && !renames.containsKey(entry.getKey())) {
        Placed removed = entry.getValue();
        removedByLevel.computeIfAbsent(removed.level(), level -> new ArrayList<>()).add(removed);
      }
    }

    List<ElementChange> changes = new ArrayList<>();
    Set<String> listedLevels = new HashSet<>();
    for (Level level : newLevels) {
      if (!listedLevels.add(level.id())) {
        continue;
      }
      for (Element element : level.elements()) {
        if (news.get(element.id()).element() != element) {
          continue; // A repeated id: only its first place counts.
        }
        changeOf(element, level.id(), olds, renamedFrom).ifPresent(changes::add);
      }
      addRemoved(changes, removedByLevel.remove(level.id()));
    }
    for (List<Placed> removed : removedByLevel.values()) {
      addRemoved(changes, removed);
    }
    return changes;
  }

  /**
   * Pairs each removed element with an added element of the same content on the same level, in map
   * order, and records the pairs as renames. Returns new id to old id.
   */
  private Map<String, String> findRenames(Map<String, Placed> olds, Map<String, Placed> news) {
    Map<Content, ArrayDeque<String>> addedByContent = new HashMap<>();
    for (Map.Entry<String, Placed> entry : news.entrySet()) {
      if (!olds.containsKey(entry.getKey())) {
        addedByContent
            .computeIfAbsent(Content.of(entry.getValue()), content -> new ArrayDeque<>())
            .add(entry.getKey());
      }
    }
    Map<String, String> renamedFrom = new HashMap<>();
    if (addedByContent.isEmpty()) {
      return renamedFrom;
    }
    for (Map.Entry<String, Placed> entry : olds.entrySet()) {
      if (news.containsKey(entry.getKey())) {
        continue;
      }
      ArrayDeque<String> candidates = addedByContent.get(Content.of(entry.getValue()));
      if (candidates != null && !candidates.isEmpty()) {
        String newId = candidates.poll();
        renames.put(entry.getKey(), newId);
        renamedFrom.put(newId, entry.getKey());
      }
    }
    return renamedFrom;
  }

  private Optional<ElementChange> changeOf(
      Element element, String level, Map<String, Placed> olds, Map<String, String> renamedFrom) {
    String oldId = renamedFrom.get(element.id());
    if (oldId != null) {
      return Optional.of(
          new ElementChange(
              ChangeKind.RENAMED,
              element.id(),
              Optional.of(oldId),
              element.type(),
              element.name(),
              level,
              Optional.empty(),
              List.of()));
    }
    Placed before = olds.get(element.id());
    if (before == null) {
      return Optional.of(added(element, level));
    }
    List<FieldChange> fields = elementFields(before.element(), element);
    boolean moved = !before.level().equals(level);
    if (!moved && fields.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new ElementChange(
            moved ? ChangeKind.MOVED : ChangeKind.CHANGED,
            element.id(),
            Optional.empty(),
            element.type(),
            element.name(),
            level,
            moved ? Optional.of(before.level()) : Optional.empty(),
            fields));
  }

  private static ElementChange added(Element element, String level) {
    return new ElementChange(
        ChangeKind.ADDED,
        element.id(),
        Optional.empty(),
        element.type(),
        element.name(),
        level,
        Optional.empty(),
        List.of());
  }

  private static void addRemoved(List<ElementChange> changes, List<Placed> removed) {
    if (removed == null) {
      return;
    }
    for (Placed placed : removed) {
      Element element = placed.element();
      changes.add(
          new ElementChange(
              ChangeKind.REMOVED,
              element.id(),
              Optional.empty(),
              element.type(),
              element.name(),
              placed.level(),
              Optional.empty(),
              List.of()));
    }
  }

  /** Lists the changed fields of an element, in the order the format lists them. */
  private static List<FieldChange> elementFields(Element a, Element b) {
    List<FieldChange> fields = new ArrayList<>();
    Fields.keyword(fields, "type", Optional.of(a.type()), Optional.of(b.type()));
    Fields.text(fields, "name", a.name(), b.name());
    Fields.optional(fields, "description", a.description(), b.description());
    Fields.optional(fields, "subsystem", a.subsystem(), b.subsystem());
    Fields.keyword(fields, "variation", a.variation(), b.variation());
    Fields.items(
        fields,
        "evidence",
        a.evidence().stream().map(Fields::evidence).toList(),
        b.evidence().stream().map(Fields::evidence).toList());
    Fields.items(fields, "root_causes", a.rootCauses(), b.rootCauses());
    Fields.optional(fields, "owner", a.owner(), b.owner());
    Fields.items(fields, "tags", a.tags(), b.tags());
    Fields.optional(fields, "url", a.url(), b.url());
    return fields;
  }

  /** Returns element ids of the old version as the new version names them. */
  private List<String> followRenames(List<String> ids) {
    return ids.stream().map(id -> renames.getOrDefault(id, id)).toList();
  }

  private List<FieldChange> challengeFields(Challenge a, Challenge b) {
    List<FieldChange> fields = new ArrayList<>();
    Fields.text(fields, "name", a.name(), b.name());
    Fields.optional(fields, "description", a.description(), b.description());
    Fields.items(fields, "elements", followRenames(a.elements()), b.elements());
    return fields;
  }

  private List<FieldChange> focusFields(Focus a, Focus b) {
    List<FieldChange> fields = new ArrayList<>();
    Fields.keyword(fields, "kind", Optional.of(a.kind()), Optional.of(b.kind()));
    Fields.text(fields, "name", a.name(), b.name());
    Fields.optional(fields, "description", a.description(), b.description());
    Fields.items(fields, "elements", followRenames(a.elements()), b.elements());
    Fields.keyword(fields, "agency", a.agency(), b.agency());
    Fields.items(fields, "questions", a.questions(), b.questions());
    Fields.keyword(fields, "status", a.status(), b.status());
    return fields;
  }

  private String linkKey(String from, String to, Link link) {
    return from + " " + link.type().keyword() + " " + to;
  }

  private List<LinkChange> compareLinks() {
    Map<String, Link> olds = new LinkedHashMap<>();
    for (Link link : list(SystemMap::links)) {
      String from = renames.getOrDefault(link.from(), link.from());
      String to = renames.getOrDefault(link.to(), link.to());
      olds.putIfAbsent(linkKey(from, to, link), link);
    }
    Map<String, Link> news = new LinkedHashMap<>();
    for (Link link : newList(SystemMap::links)) {
      news.putIfAbsent(linkKey(link.from(), link.to(), link), link);
    }
    List<LinkChange> changes = new ArrayList<>();
    for (Map.Entry<String, Link> entry : news.entrySet()) {
      Link after = entry.getValue();
      Link before = olds.get(entry.getKey());
      if (before == null) {
        changes.add(
            new LinkChange(ChangeKind.ADDED, after.from(), after.to(), after.type(), List.of()));
        continue;
      }
      List<FieldChange> fields = new ArrayList<>();
      Fields.optional(fields, "label", before.label(), after.label());
      if (!fields.isEmpty()) {
        changes.add(
            new LinkChange(ChangeKind.CHANGED, after.from(), after.to(), after.type(), fields));
      }
    }
    for (Map.Entry<String, Link> entry : olds.entrySet()) {
      if (!news.containsKey(entry.getKey())) {
        Link before = entry.getValue();
        changes.add(
            new LinkChange(
                ChangeKind.REMOVED, before.from(), before.to(), before.type(), List.of()));
      }
    }
    return changes;
  }

  private List<WaiverChange> compareWaivers() {
    Map<String, Waiver> olds = new LinkedHashMap<>();
    for (Waiver waiver : list(SystemMap::waivers)) {
      Optional<String> target = waiver.target().map(id -> renames.getOrDefault(id, id));
      olds.putIfAbsent(waiverKey(waiver.rule(), target), waiver);
    }
    Map<String, Waiver> news = new LinkedHashMap<>();
    for (Waiver waiver : newList(SystemMap::waivers)) {
      news.putIfAbsent(waiverKey(waiver.rule(), waiver.target()), waiver);
    }
    List<WaiverChange> changes = new ArrayList<>();
    for (Map.Entry<String, Waiver> entry : news.entrySet()) {
      Waiver after = entry.getValue();
      Waiver before = olds.get(entry.getKey());
      if (before == null) {
        changes.add(new WaiverChange(ChangeKind.ADDED, after.rule(), after.target(), List.of()));
        continue;
      }
      List<FieldChange> fields = new ArrayList<>();
      Fields.text(fields, "reason", before.reason(), after.reason());
      Fields.optional(
          fields,
          "until",
          before.until().map(Object::toString),
          after.until().map(Object::toString));
      if (!fields.isEmpty()) {
        changes.add(new WaiverChange(ChangeKind.CHANGED, after.rule(), after.target(), fields));
      }
    }
    for (Map.Entry<String, Waiver> entry : olds.entrySet()) {
      if (!news.containsKey(entry.getKey())) {
        Waiver before = entry.getValue();
        changes.add(
            new WaiverChange(ChangeKind.REMOVED, before.rule(), before.target(), List.of()));
      }
    }
    return changes;
  }

  private static String waiverKey(String rule, Optional<String> target) {
    // A space cannot occur in a rule id or a target id, so the key is unambiguous.
    return rule + " " + target.orElse("");
  }
}
