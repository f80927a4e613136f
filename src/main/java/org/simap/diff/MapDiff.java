package org.simap.diff;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.simap.model.SystemMap;

/**
 * The changes between two versions of a map, in the map's own terms. Entries are matched by id
 * (links by their ends and type, waivers by their rule and target), never by position, so
 * reordering, reformatting and comments are not changes.
 *
 * <p>Each list is in map order: entries present in the new version in its order, then removed
 * entries in the old version's order. Element changes are grouped by level in the same way.
 *
 * @param map changes of the top fields: title, problem and description
 * @param levelOrder the order of the levels, present only when it changed
 */
public record MapDiff(
    List<FieldChange> map,
    List<EntryChange> rootCauses,
    List<EntryChange> subsystems,
    List<EntryChange> levels,
    Optional<LevelOrder> levelOrder,
    List<ElementChange> elements,
    List<LinkChange> links,
    List<EntryChange> challenges,
    List<EntryChange> focus,
    List<WaiverChange> waivers) {

  public MapDiff {
    map = List.copyOf(map);
    rootCauses = List.copyOf(rootCauses);
    subsystems = List.copyOf(subsystems);
    levels = List.copyOf(levels);
    requireNonNull(levelOrder, "levelOrder");
    elements = List.copyOf(elements);
    links = List.copyOf(links);
    challenges = List.copyOf(challenges);
    focus = List.copyOf(focus);
    waivers = List.copyOf(waivers);
  }

  /**
   * Compares two versions of a map. An absent version stands for a map that does not exist on that
   * side, such as a file added in a commit: everything in the other version is then added or
   * removed.
   */
  public static MapDiff compare(Optional<SystemMap> oldMap, Optional<SystemMap> newMap) {
    return new MapComparer(oldMap, newMap).compare();
  }

  /** Compares two versions of a map that both exist. */
  public static MapDiff compare(SystemMap oldMap, SystemMap newMap) {
    return compare(Optional.of(oldMap), Optional.of(newMap));
  }

  /** Returns whether the two versions mean the same map. */
  public boolean isEmpty() {
    return map.isEmpty()
        && rootCauses.isEmpty()
        && subsystems.isEmpty()
        && levels.isEmpty()
        && levelOrder.isEmpty()
        && elements.isEmpty()
        && links.isEmpty()
        && challenges.isEmpty()
        && focus.isEmpty()
        && waivers.isEmpty();
  }

  /**
   * Returns the kind of change of each changed element, keyed by its id in the new version (the old
   * id for a removed element), for drawing a map with its changes marked.
   */
  public Map<String, ChangeKind> elementKinds() {
    Map<String, ChangeKind> kinds = new LinkedHashMap<>();
    for (ElementChange change : elements) {
      kinds.put(change.id(), change.kind());
    }
    return kinds;
  }

  /** Returns the summary line in the map's terms, such as {@code school: +2 norms}. */
  public String summary() {
    return DiffSummary.of(this);
  }
}
