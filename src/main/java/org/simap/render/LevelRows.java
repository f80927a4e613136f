package org.simap.render;

import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.simap.model.Element;
import org.simap.model.Level;

/** Arranges the elements of each level in rows of equal rank. */
interface LevelRows {

  /** Adds rows above the first level, if the arrangement has any, and returns their node names. */
  default Optional<List<String>> header(MutableGraph root) {
    return Optional.empty();
  }

  /**
   * Adds one level's element nodes to its cluster, row by row, and returns the node names of each
   * row, top row first.
   */
  List<List<String>> rows(
      Level level,
      List<Element> elements,
      Function<Element, MutableNode> nodes,
      MutableGraph cluster);

  /** Adds the node that keeps a level without elements visible, and returns its name. */
  static String placeholder(Level level, MutableGraph cluster, Theme theme) {
    String name = "empty:" + level.id();
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("shape", "plaintext");
    attributes.put("fontcolor", theme.palette().ghost());
    attributes.put("label", "(no elements)");
    cluster.add(GraphBuilder.node(name, attributes));
    return name;
  }
}
