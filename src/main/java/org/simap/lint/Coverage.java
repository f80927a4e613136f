package org.simap.lint;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.simap.model.Element;
import org.simap.model.ElementType;
import org.simap.model.Level;
import org.simap.model.Subsystem;
import org.simap.model.SystemMap;

/**
 * How many elements a map has on each level, by element type and by subsystem: the grid a team
 * checks for blind spots, such as a level without norms.
 *
 * @param subsystems the subsystem ids, in map order, with "(none)" last for elements without one;
 *     empty when the map declares no subsystems
 */
public record Coverage(String file, List<String> subsystems, List<Row> rows) {

  /** The column of elements that name no subsystem. */
  public static final String NO_SUBSYSTEM = "(none)";

  public Coverage {
    requireNonNull(file, "file");
    subsystems = List.copyOf(subsystems);
    rows = List.copyOf(rows);
  }

  /**
   * One level's counts.
   *
   * @param byType counts in the order of {@link ElementType#values()}
   * @param bySubsystem counts in the order of {@link Coverage#subsystems()}
   */
  public record Row(String level, List<Integer> byType, List<Integer> bySubsystem) {
    public Row {
      requireNonNull(level, "level");
      byType = List.copyOf(byType);
      bySubsystem = List.copyOf(bySubsystem);
    }

    public int total() {
      return byType.stream().mapToInt(Integer::intValue).sum();
    }
  }

  /** Counts the elements of a map. */
  public static Coverage of(SystemMap map) {
    List<String> subsystems = new ArrayList<>();
    if (!map.subsystems().isEmpty()) {
      map.subsystems().stream().map(Subsystem::id).forEach(subsystems::add);
      subsystems.add(NO_SUBSYSTEM);
    }
    List<Row> rows = new ArrayList<>();
    for (Level level : map.levels()) {
      int[] byType = new int[ElementType.values().length];
      int[] bySubsystem = new int[subsystems.size()];
      for (Element element : level.elements()) {
        byType[element.type().ordinal()]++;
        if (!subsystems.isEmpty()) {
          int column = subsystems.indexOf(element.subsystem().orElse(NO_SUBSYSTEM));
          bySubsystem[column < 0 ? subsystems.size() - 1 : column]++;
        }
      }
      rows.add(new Row(level.id(), box(byType), box(bySubsystem)));
    }
    return new Coverage(map.file(), subsystems, rows);
  }

  private static List<Integer> box(int[] counts) {
    List<Integer> list = new ArrayList<>(counts.length);
    for (int count : counts) {
      list.add(count);
    }
    return list;
  }
}
