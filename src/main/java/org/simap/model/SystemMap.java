package org.simap.model;

import static java.util.Objects.requireNonNull;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * A system improvement map: one problem, the organizational levels involved, and at each level the
 * structures, processes and norms that influence the problem, with the team's analysis.
 */
public record SystemMap(
    String file,
    int version,
    String title,
    String problem,
    Optional<String> description,
    List<RootCause> rootCauses,
    List<Subsystem> subsystems,
    List<Level> levels,
    List<Link> links,
    List<Challenge> challenges,
    List<Focus> focus,
    List<Waiver> waivers,
    Positions positions) {

  /** The only format version this release reads and writes. */
  public static final int FORMAT_VERSION = 1;

  public SystemMap {
    requireNonNull(file, "file");
    requireNonNull(title, "title");
    requireNonNull(problem, "problem");
    requireNonNull(description, "description");
    rootCauses = List.copyOf(rootCauses);
    subsystems = List.copyOf(subsystems);
    levels = List.copyOf(levels);
    links = List.copyOf(links);
    challenges = List.copyOf(challenges);
    focus = List.copyOf(focus);
    waivers = List.copyOf(waivers);
    requireNonNull(positions, "positions");
  }

  /** Returns every element of the map, level by level in map order. */
  public Stream<Element> elements() {
    return levels.stream().flatMap(level -> level.elements().stream());
  }

  /** Returns each element id mapped to the level that contains it, in map order. */
  public Map<String, Level> levelOfElement() {
    Map<String, Level> index = new LinkedHashMap<>();
    for (Level level : levels) {
      for (Element element : level.elements()) {
        index.putIfAbsent(element.id(), level);
      }
    }
    return index;
  }

  /** Returns each element id mapped to its element, in map order. */
  public Map<String, Element> elementsById() {
    Map<String, Element> index = new LinkedHashMap<>();
    elements().forEach(element -> index.putIfAbsent(element.id(), element));
    return index;
  }
}
