package org.simap.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.simap.model.Challenge;
import org.simap.model.Element;
import org.simap.model.Focus;
import org.simap.model.Level;
import org.simap.model.SystemMap;

/**
 * The references of a valid map read backwards: for each element, its level and the challenges and
 * focus entries that name it; for each root cause, the elements tied to it.
 */
final class MapIndex {

  private final Map<String, Level> levelOfElement;
  private final Map<String, Element> elements;
  private final Map<String, List<String>> challengesOfElement = new LinkedHashMap<>();
  private final Map<String, List<String>> focusOfElement = new LinkedHashMap<>();
  private final Map<String, List<String>> elementsOfRootCause = new LinkedHashMap<>();
  private final Map<String, List<String>> elementsOfSubsystem = new LinkedHashMap<>();

  MapIndex(SystemMap map) {
    levelOfElement = map.levelOfElement();
    elements = map.elementsById();
    for (Challenge challenge : map.challenges()) {
      for (String element : challenge.elements()) {
        addOnce(challengesOfElement, element, challenge.id());
      }
    }
    for (Focus focus : map.focus()) {
      for (String element : focus.elements()) {
        addOnce(focusOfElement, element, focus.id());
      }
    }
    map.elements()
        .forEach(
            element -> {
              for (String cause : element.rootCauses()) {
                addOnce(elementsOfRootCause, cause, element.id());
              }
              element
                  .subsystem()
                  .ifPresent(subsystem -> addOnce(elementsOfSubsystem, subsystem, element.id()));
            });
  }

  Level levelOf(String elementId) {
    return levelOfElement.get(elementId);
  }

  Element element(String elementId) {
    return elements.get(elementId);
  }

  List<String> challengesOf(String elementId) {
    return challengesOfElement.getOrDefault(elementId, List.of());
  }

  List<String> focusOf(String elementId) {
    return focusOfElement.getOrDefault(elementId, List.of());
  }

  List<String> elementsOfRootCause(String rootCauseId) {
    return elementsOfRootCause.getOrDefault(rootCauseId, List.of());
  }

  List<String> elementsOfSubsystem(String subsystemId) {
    return elementsOfSubsystem.getOrDefault(subsystemId, List.of());
  }

  /** Returns the ids of the levels that hold the given elements, in map order, each once. */
  List<String> levelsOf(SystemMap map, List<String> elementIds) {
    List<String> result = new ArrayList<>();
    for (Level level : map.levels()) {
      for (String id : elementIds) {
        if (levelOf(id) == level && !result.contains(level.id())) {
          result.add(level.id());
        }
      }
    }
    return result;
  }

  private static void addOnce(Map<String, List<String>> index, String key, String value) {
    List<String> values = index.computeIfAbsent(key, k -> new ArrayList<>());
    if (!values.contains(value)) {
      values.add(value);
    }
  }
}
