package org.simap.diff;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.simap.model.Element;
import org.simap.model.Level;
import org.simap.model.SystemMap;

/**
 * The new version of a map with its removed elements put back, for a picture that shows removed
 * elements as ghosts beside the rest of the changes.
 *
 * <p>A removed element goes back to the end of its old level when the new version still has that
 * level. Otherwise it goes to a ghost level with the old level's id and the name {@code "<old name>
 * (removed)"}, and the ghost levels follow the new version's levels in the old version's order.
 * Links, challenges and focus entries of the old version are not put back, so a ghost is drawn
 * without them.
 *
 * @param map the merged map: the new version, or the old one when the map was removed
 * @param kinds the kind of change of each changed element, keyed as {@link MapDiff#elementKinds()}
 *     keys them; every key is an element of {@code map}
 */
public record MergedMap(SystemMap map, Map<String, ChangeKind> kinds) {

  public MergedMap {
    requireNonNull(map, "map");
    kinds = Collections.unmodifiableMap(new LinkedHashMap<>(kinds));
  }

  /**
   * Merges two versions of a map with their diff. An absent side is a map that does not exist
   * there: an added map is the new version with every element added, and a removed map is the old
   * version with every element removed.
   *
   * @throws IllegalArgumentException if both versions are absent
   */
  public static MergedMap of(Optional<SystemMap> oldMap, Optional<SystemMap> newMap, MapDiff diff) {
    Map<String, ChangeKind> kinds = diff.elementKinds();
    if (newMap.isEmpty()) {
      SystemMap removed =
          oldMap.orElseThrow(() -> new IllegalArgumentException("both versions are absent"));
      return new MergedMap(removed, kinds);
    }
    if (oldMap.isEmpty()) {
      return new MergedMap(newMap.get(), kinds);
    }
    return new MergedMap(withGhosts(oldMap.get(), newMap.get(), kinds), kinds);
  }

  private static SystemMap withGhosts(
      SystemMap oldMap, SystemMap newMap, Map<String, ChangeKind> kinds) {
    Map<String, Level> oldLevels = oldMap.levelOfElement();
    Map<String, List<Element>> ghostsByLevel = new LinkedHashMap<>();
    oldMap
        .elements()
        .filter(element -> kinds.get(element.id()) == ChangeKind.REMOVED)
        .forEach(
            element ->
                ghostsByLevel
                    .computeIfAbsent(oldLevels.get(element.id()).id(), id -> new ArrayList<>())
                    .add(element));
    if (ghostsByLevel.isEmpty()) {
      return newMap;
    }

    List<Level> levels = new ArrayList<>();
    for (Level level : newMap.levels()) {
      List<Element> ghosts = ghostsByLevel.remove(level.id());
      levels.add(ghosts == null ? level : withGhosts(level, ghosts));
    }
    for (Level oldLevel : oldMap.levels()) {
      List<Element> ghosts = ghostsByLevel.get(oldLevel.id());
      if (ghosts != null) {
        levels.add(
            new Level(
                oldLevel.id(),
                oldLevel.name() + " (removed)",
                oldLevel.description(),
                ghosts,
                oldLevel.positions()));
      }
    }
    return new SystemMap(
        newMap.file(),
        newMap.version(),
        newMap.title(),
        newMap.problem(),
        newMap.description(),
        newMap.rootCauses(),
        newMap.subsystems(),
        levels,
        newMap.links(),
        newMap.challenges(),
        newMap.focus(),
        newMap.waivers(),
        newMap.positions());
  }

  private static Level withGhosts(Level level, List<Element> ghosts) {
    List<Element> elements = new ArrayList<>(level.elements());
    elements.addAll(ghosts);
    return new Level(level.id(), level.name(), level.description(), elements, level.positions());
  }
}
