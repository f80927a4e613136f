package org.simap.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.simap.model.Challenge;
import org.simap.model.Element;
import org.simap.model.Focus;
import org.simap.model.Level;
import org.simap.model.Link;
import org.simap.model.SystemMap;

/**
 * The part of a map that one picture shows: the levels chosen with {@code --level}, and with {@code
 * --focus} only the focus elements and their neighbours. Links, challenges and focus entries are
 * kept when they touch a drawn element.
 */
record Selection(
    List<DrawnLevel> levels, List<Link> links, List<Challenge> challenges, List<Focus> focus) {

  /**
   * A level that the picture draws, with the elements of it that it draws. The selection keeps
   * these in a list rather than in a map keyed by level. Hashing a record hashes all its fields,
   * here the level's whole content, and in a fresh JVM the first hash of each record type takes
   * milliseconds to set up.
   */
  record DrawnLevel(Level level, List<Element> elements) {}

  static Selection of(SystemMap map, RenderOptions options) {
    Set<String> chosenLevels = new HashSet<>(options.levels());
    Set<String> focusNeighbourhood = options.focusOnly() ? neighbourhood(map) : Set.of();

    List<DrawnLevel> levels = new ArrayList<>();
    Set<String> drawn = new HashSet<>();
    for (Level level : map.levels()) {
      if (!chosenLevels.isEmpty() && !chosenLevels.contains(level.id())) {
        continue;
      }
      List<Element> elements =
          level.elements().stream()
              .filter(e -> !options.focusOnly() || focusNeighbourhood.contains(e.id()))
              .toList();
      // A focus picture leaves out levels without focus elements or neighbours.
      if (options.focusOnly() && elements.isEmpty()) {
        continue;
      }
      levels.add(new DrawnLevel(level, elements));
      elements.forEach(e -> drawn.add(e.id()));
    }

    List<Link> links =
        map.links().stream()
            .filter(l -> drawn.contains(l.from()) && drawn.contains(l.to()))
            .toList();
    List<Challenge> challenges =
        map.challenges().stream()
            .filter(c -> c.elements().stream().anyMatch(drawn::contains))
            .toList();
    List<Focus> focus =
        map.focus().stream().filter(f -> f.elements().stream().anyMatch(drawn::contains)).toList();
    return new Selection(levels, links, challenges, focus);
  }

  /** Returns the ids of the focus elements and of every element linked to one of them. */
  private static Set<String> neighbourhood(SystemMap map) {
    Set<String> focusElements = new HashSet<>();
    map.focus().forEach(f -> focusElements.addAll(f.elements()));
    Set<String> result = new HashSet<>(focusElements);
    for (Link link : map.links()) {
      if (focusElements.contains(link.from())) {
        result.add(link.to());
      }
      if (focusElements.contains(link.to())) {
        result.add(link.from());
      }
    }
    return result;
  }

  /** Returns every drawn element, level by level. */
  List<Element> elements() {
    List<Element> all = new ArrayList<>();
    levels.forEach(level -> all.addAll(level.elements()));
    return all;
  }
}
