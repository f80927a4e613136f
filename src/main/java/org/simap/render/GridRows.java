package org.simap.render;

import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.simap.model.Element;
import org.simap.model.Level;
import org.simap.model.Subsystem;
import org.simap.model.SystemMap;

/**
 * The levels-by-subsystems arrangement: a header row with one column per subsystem (and a last
 * column for elements without one), and in every level the elements of each subsystem stacked in
 * that column.
 *
 * <p>Graphviz has no columns, so they are built: each row of a level contains one node per column,
 * an invisible stand-in where the cell has fewer elements; invisible edges between neighbours keep
 * the columns in order, and heavy invisible edges down each column, with a shared {@code group},
 * keep its nodes above each other.
 *
 * <p>The map's links must not move the columns, so {@link DotWriter} draws them with {@code
 * constraint=false} and puts their labels in {@code xlabel}, which Graphviz places after the
 * layout. A plain {@code label} would take a place in every rank the link crosses and push the
 * columns apart.
 */
final class GridRows implements LevelRows {

  /** The column of elements without a subsystem. Not a valid map id, so it cannot clash. */
  private static final String OTHER = ":other";

  /** The minimum width of a column in inches: of its header and of its invisible stand-ins. */
  private static final double COLUMN_WIDTH = 1.6;

  private final GraphBuilder graph;
  private final Theme theme;
  private final List<String> columns = new ArrayList<>();
  private final Map<String, String> columnNames = new LinkedHashMap<>();
  private final Map<String, String> lastInColumn = new LinkedHashMap<>();

  GridRows(SystemMap map, Selection selection, GraphBuilder graph, Theme theme) {
    this.graph = graph;
    this.theme = theme;
    for (Subsystem subsystem : map.subsystems()) {
      columns.add(subsystem.id());
      columnNames.put(subsystem.id(), subsystem.name());
    }
    if (selection.elements().stream().anyMatch(e -> e.subsystem().isEmpty())) {
      columns.add(OTHER);
      columnNames.put(OTHER, "Other");
    }
  }

  @Override
  public Optional<List<String>> header(MutableGraph root) {
    MutableGraph row = GraphBuilder.sameRank("subsystems");
    List<String> names = new ArrayList<>();
    for (String column : columns) {
      String name = column.equals(OTHER) ? "subsystem:other" : "subsystem-" + column;
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("id", name.replace(':', '-'));
      // A box the width of the column shows where the column runs.
      attributes.put("shape", "box");
      attributes.put("color", theme.palette().levelBorder());
      attributes.put("width", COLUMN_WIDTH);
      attributes.put("group", column);
      attributes.put(
          "label",
          Label.html(
              "<FONT POINT-SIZE=\"14\"><B>"
                  + HtmlText.wrapped(columnNames.get(column), HtmlText.NAME_WIDTH, "<BR/>")
                  + "</B></FONT>"));
      row.add(GraphBuilder.node(name, attributes));
      names.add(name);
      lastInColumn.put(column, name);
    }
    root.add(row);
    orderAcross(names);
    return Optional.of(names);
  }

  @Override
  public List<List<String>> rows(
      Level level,
      List<Element> elements,
      Function<Element, MutableNode> nodes,
      MutableGraph cluster) {
    Map<String, List<Element>> cells = new LinkedHashMap<>();
    columns.forEach(column -> cells.put(column, new ArrayList<>()));
    for (Element element : elements) {
      String column = element.subsystem().filter(cells::containsKey).orElse(OTHER);
      cells.get(column).add(element);
    }
    int height = Math.max(1, cells.values().stream().mapToInt(List::size).max().orElse(0));

    List<List<String>> rows = new ArrayList<>();
    for (int k = 0; k < height; k++) {
      MutableGraph row = GraphBuilder.sameRank("row:" + level.id() + ":" + k);
      List<String> names = new ArrayList<>();
      for (String column : columns) {
        List<Element> cell = cells.get(column);
        String name;
        if (k < cell.size()) {
          name = DotWriter.nodeName(cell.get(k).id());
          row.add(nodes.apply(cell.get(k)).add("group", column));
        } else if (elements.isEmpty() && names.isEmpty()) {
          name = LevelRows.placeholder(level, row, theme);
        } else {
          name = "slot:" + level.id() + ":" + column + ":" + k;
          row.add(GraphBuilder.node(name, slot(column)));
        }
        names.add(name);
        graph.edge(lastInColumn.get(column), name, down());
        lastInColumn.put(column, name);
      }
      cluster.add(row);
      orderAcross(names);
      rows.add(names);
    }
    return rows;
  }

  /** Returns the attributes of an invisible stand-in for an empty place in a column. */
  private Map<String, Object> slot(String column) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("style", "invis");
    attributes.put("label", "");
    attributes.put("width", COLUMN_WIDTH);
    attributes.put("group", column);
    return attributes;
  }

  private static Map<String, Object> down() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("style", "invis");
    attributes.put("weight", 100);
    return attributes;
  }

  /** Keeps a row's nodes in column order, left to right. */
  private void orderAcross(List<String> names) {
    for (int i = 1; i < names.size(); i++) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("style", "invis");
      graph.edge(names.get(i - 1), names.get(i), attributes);
    }
  }
}
