package org.simap.render;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Map;

/**
 * The choices that shape a picture: direction, theme, layout, legend, levels, focus and marks.
 *
 * @param levels ids of the levels to draw, in any order; empty draws every level
 * @param focusOnly draw only the elements named by focus entries and the elements linked to them
 * @param marks element ids mapped to how they changed, for a picture of a difference; empty for a
 *     plain picture
 */
public record RenderOptions(
    Direction direction,
    Theme theme,
    Layout layout,
    boolean legend,
    List<String> levels,
    boolean focusOnly,
    Map<String, Mark> marks) {

  public RenderOptions {
    requireNonNull(direction, "direction");
    requireNonNull(theme, "theme");
    requireNonNull(layout, "layout");
    levels = List.copyOf(levels);
    marks = Map.copyOf(marks);
  }

  /** Returns the options of a plain {@code simap render}: every level, light theme, a legend. */
  public static RenderOptions defaults() {
    return new RenderOptions(
        Direction.TB, Theme.LIGHT, Layout.LEVELS, true, List.of(), false, Map.of());
  }

  public RenderOptions withDirection(Direction value) {
    return new RenderOptions(value, theme, layout, legend, levels, focusOnly, marks);
  }

  public RenderOptions withTheme(Theme value) {
    return new RenderOptions(direction, value, layout, legend, levels, focusOnly, marks);
  }

  public RenderOptions withLayout(Layout value) {
    return new RenderOptions(direction, theme, value, legend, levels, focusOnly, marks);
  }

  public RenderOptions withLegend(boolean value) {
    return new RenderOptions(direction, theme, layout, value, levels, focusOnly, marks);
  }

  public RenderOptions withLevels(List<String> value) {
    return new RenderOptions(direction, theme, layout, legend, value, focusOnly, marks);
  }

  public RenderOptions withFocusOnly(boolean value) {
    return new RenderOptions(direction, theme, layout, legend, levels, value, marks);
  }

  public RenderOptions withMarks(Map<String, Mark> value) {
    return new RenderOptions(direction, theme, layout, legend, levels, focusOnly, value);
  }
}
