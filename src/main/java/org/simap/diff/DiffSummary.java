package org.simap.diff;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.simap.model.ElementType;

/**
 * Writes the one-line summary of a map diff in the method's terms: what changed at each level by
 * element type, and where focus entries stand, such as {@code school: +2 norms, 1 process changed;
 * focus: 'consistent-feedback' proposed → testing}.
 */
final class DiffSummary {

  private DiffSummary() {}

  static String of(MapDiff diff) {
    if (diff.isEmpty()) {
      return "no changes";
    }
    List<String> parts = new ArrayList<>();
    if (!diff.map().isEmpty()) {
      StringJoiner fields = new StringJoiner(", ", "map: ", " changed");
      diff.map().forEach(field -> fields.add(field.field()));
      parts.add(fields.toString());
    }
    addLevels(parts, diff);
    addElements(parts, diff.elements());
    addCounts(parts, "links", diff.links().stream().map(LinkChange::kind).toList());
    addCounts(parts, "challenges", diff.challenges().stream().map(EntryChange::kind).toList());
    addFocus(parts, diff.focus());
    addCounts(parts, "root causes", diff.rootCauses().stream().map(EntryChange::kind).toList());
    addCounts(parts, "subsystems", diff.subsystems().stream().map(EntryChange::kind).toList());
    addCounts(parts, "waivers", diff.waivers().stream().map(WaiverChange::kind).toList());
    return String.join("; ", parts);
  }

  private static void addLevels(List<String> parts, MapDiff diff) {
    List<String> items = new ArrayList<>();
    for (EntryChange level : diff.levels()) {
      switch (level.kind()) {
        case ADDED -> items.add("+" + level.id());
        case REMOVED -> items.add("-" + level.id());
        default ->
            items.add(
                level
                    .field("name")
                    .map(name -> level.id() + " renamed " + text(name) + " → " + textNew(name))
                    .orElse(level.id() + " changed"));
      }
    }
    if (diff.levelOrder().isPresent()) {
      items.add("reordered");
    }
    if (!items.isEmpty()) {
      parts.add("levels: " + String.join(", ", items));
    }
  }

  /** Counts of element changes at one level, by kind and then by element type. */
  private static final class LevelCounts {
    final Map<ChangeKind, Map<ElementType, Integer>> counts = new EnumMap<>(ChangeKind.class);
    final Map<ElementType, Integer> movedOut = new EnumMap<>(ElementType.class);

    void add(ChangeKind kind, ElementType type) {
      counts
          .computeIfAbsent(kind, k -> new EnumMap<>(ElementType.class))
          .merge(type, 1, Integer::sum);
    }

    String describe() {
      List<String> items = new ArrayList<>();
      counts
          .getOrDefault(ChangeKind.ADDED, Map.of())
          .forEach((type, n) -> items.add("+" + count(n, type)));
      counts
          .getOrDefault(ChangeKind.REMOVED, Map.of())
          .forEach((type, n) -> items.add("-" + count(n, type)));
      counts
          .getOrDefault(ChangeKind.CHANGED, Map.of())
          .forEach((type, n) -> items.add(count(n, type) + " changed"));
      counts
          .getOrDefault(ChangeKind.MOVED, Map.of())
          .forEach((type, n) -> items.add(count(n, type) + " moved in"));
      movedOut.forEach((type, n) -> items.add(count(n, type) + " moved out"));
      counts
          .getOrDefault(ChangeKind.RENAMED, Map.of())
          .forEach((type, n) -> items.add(count(n, type) + " renamed"));
      return String.join(", ", items);
    }
  }

  private static void addElements(List<String> parts, List<ElementChange> elements) {
    Map<String, LevelCounts> byLevel = new LinkedHashMap<>();
    for (ElementChange change : elements) {
      byLevel
          .computeIfAbsent(change.level(), level -> new LevelCounts())
          .add(change.kind(), change.type());
    }
    for (ElementChange change : elements) {
      change
          .oldLevel()
          .ifPresent(
              from ->
                  byLevel
                      .computeIfAbsent(from, level -> new LevelCounts())
                      .movedOut
                      .merge(change.type(), 1, Integer::sum));
    }
    byLevel.forEach((level, counts) -> parts.add(level + ": " + counts.describe()));
  }

  private static void addCounts(List<String> parts, String section, List<ChangeKind> kinds) {
    String counts = counts(kinds);
    if (!counts.isEmpty()) {
      parts.add(section + ": " + counts);
    }
  }

  private static String counts(List<ChangeKind> kinds) {
    Map<ChangeKind, Integer> counts = new EnumMap<>(ChangeKind.class);
    kinds.forEach(kind -> counts.merge(kind, 1, Integer::sum));
    List<String> items = new ArrayList<>();
    counts.forEach(
        (kind, n) ->
            items.add(
                switch (kind) {
                  case ADDED -> "+" + n;
                  case REMOVED -> "-" + n;
                  default -> n + " " + kind.keyword();
                }));
    return String.join(", ", items);
  }

  /** Names each focus entry whose status moved, and counts the other changes. */
  private static void addFocus(List<String> parts, List<EntryChange> focus) {
    List<String> items = new ArrayList<>();
    List<ChangeKind> others = new ArrayList<>();
    for (EntryChange entry : focus) {
      var status = entry.field("status");
      if (status.isPresent()) {
        FieldChange change = status.get();
        items.add(
            "'"
                + entry.id()
                + "' "
                + change.oldValue().orElse("no status")
                + " → "
                + change.newValue().orElse("no status"));
        if (entry.fields().size() == 1) {
          continue;
        }
      }
      others.add(entry.kind());
    }
    String counts = counts(others);
    if (!counts.isEmpty()) {
      items.add(counts);
    }
    if (!items.isEmpty()) {
      parts.add("focus: " + String.join(", ", items));
    }
  }

  private static String count(int n, ElementType type) {
    return n + " " + (n == 1 ? type.keyword() : type.plural());
  }

  private static String text(FieldChange change) {
    return "'" + change.oldValue().orElse("") + "'";
  }

  private static String textNew(FieldChange change) {
    return "'" + change.newValue().orElse("") + "'";
  }
}
