package org.simap.render;

import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.simap.model.Element;
import org.simap.model.ElementType;
import org.simap.model.Level;

/**
 * The default arrangement: inside each level, a row of structures, then processes, then norms, each
 * wrapped after {@link DotWriter#ROW_WIDTH} elements.
 */
final class TypeRows implements LevelRows {

  private final Theme theme;

  TypeRows(Theme theme) {
    this.theme = theme;
  }

  @Override
  public List<List<String>> rows(
      Level level,
      List<Element> elements,
      Function<Element, MutableNode> nodes,
      MutableGraph cluster) {
    List<List<String>> rows = new ArrayList<>();
    for (ElementType type : ElementType.values()) {
      List<Element> ofType = elements.stream().filter(e -> e.type() == type).toList();
      for (int start = 0; start < ofType.size(); start += DotWriter.ROW_WIDTH) {
        List<Element> chunk =
            ofType.subList(start, Math.min(ofType.size(), start + DotWriter.ROW_WIDTH));
        MutableGraph row = GraphBuilder.sameRank("row:" + level.id() + ":" + rows.size());
        List<String> names = new ArrayList<>();
        for (Element element : chunk) {
          row.add(nodes.apply(element));
          names.add(DotWriter.nodeName(element.id()));
        }
        cluster.add(row);
        rows.add(names);
      }
    }
    if (rows.isEmpty()) {
      rows.add(List.of(LevelRows.placeholder(level, cluster, theme)));
    }
    return rows;
  }
}
