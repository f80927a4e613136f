package org.simap.render;

import static guru.nidi.graphviz.model.Factory.mutGraph;
import static guru.nidi.graphviz.model.Factory.mutNode;

import guru.nidi.graphviz.attribute.Attributes;
import guru.nidi.graphviz.attribute.validate.ValidatorMessage;
import guru.nidi.graphviz.model.Factory;
import guru.nidi.graphviz.model.Link;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import guru.nidi.graphviz.model.Serializer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A thin layer over graphviz-java's graph model that keeps every edge at the top level of the
 * graph.
 *
 * <p>graphviz-java writes an edge inside the subgraph that contains its source node, and Graphviz
 * puts a node into every cluster whose text mentions it. An edge from one level to another written
 * inside the first level's cluster would pull its target into that cluster too. So edges start from
 * stand-in nodes of the same name that carry no attributes and live in the top-level graph;
 * graphviz-java writes such nodes only as edge ends.
 */
final class GraphBuilder {

  private final MutableGraph root;
  private final Map<String, MutableNode> edgeSources = new LinkedHashMap<>();
  private final Map<String, List<Link>> edges = new LinkedHashMap<>();

  GraphBuilder(String name) {
    root = mutGraph(name).setDirected(true);
  }

  MutableGraph root() {
    return root;
  }

  /** Creates a cluster, drawn as a box around its nodes. */
  static MutableGraph cluster(String name) {
    return mutGraph(name).setDirected(true).setCluster(true);
  }

  /** Creates a subgraph whose nodes share one rank, so they line up. */
  static MutableGraph sameRank(String name) {
    MutableGraph row = mutGraph(name).setDirected(true);
    row.graphAttrs().add("rank", "same");
    return row;
  }

  static void set(MutableGraph graph, Map<String, Object> attributes) {
    attributes.forEach((key, value) -> graph.graphAttrs().add(key, value));
  }

  /** Creates a node with its attributes. Add it to a graph only when it is complete. */
  static MutableNode node(String name, Map<String, Object> attributes) {
    MutableNode node = mutNode(name);
    attributes.forEach(node::add);
    return node;
  }

  /** Adds an edge between two nodes declared anywhere in the graph. */
  void edge(String from, String to, Map<String, Object> attributes) {
    Link link = Factory.to(mutNode(to));
    for (Map.Entry<String, Object> attribute : attributes.entrySet()) {
      link = link.with(Attributes.attr(attribute.getKey(), attribute.getValue()));
    }
    edges.computeIfAbsent(from, name -> new ArrayList<>()).add(link);
  }

  /** Adds an invisible edge that only keeps {@code right} to the right of {@code left} in a row. */
  void keepLeftOf(String left, String right) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("style", "invis");
    edge(left, right, attributes);
  }

  /** Adds an invisible edge that only keeps {@code to} below {@code from}. */
  void order(String from, String to) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("style", "invis");
    attributes.put("weight", 10);
    edge(from, to, attributes);
  }

  /**
   * Writes the graph in the DOT language with {@link DotSerializer}. It skips graphviz-java's
   * attribute checks, whose messages nothing reads here and whose tables take tens of milliseconds
   * to load in a fresh JVM. Tests run the checks with {@link #serialize}.
   */
  String toDot() {
    addEdges();
    return DotSerializer.serialize(root) + "\n";
  }

  /**
   * Writes the graph, passing graphviz-java's attribute checks to {@code messages}. Tests use it to
   * catch attributes that Graphviz would ignore.
   */
  String serialize(Consumer<ValidatorMessage> messages) {
    return write(new Serializer().validating(messages));
  }

  private String write(Serializer serializer) {
    addEdges();
    return serializer.serialize(root) + "\n";
  }

  /** Adds the edges to the graph, from stand-in nodes at its top level. */
  private void addEdges() {
    edges.forEach(
        (from, links) -> {
          MutableNode source = edgeSources.computeIfAbsent(from, Factory::mutNode);
          // A node's hash code covers its links, so it joins the graph only after they are added.
          source.addLink(links);
        });
    edgeSources.values().forEach(root::add);
    edges.clear();
  }
}
