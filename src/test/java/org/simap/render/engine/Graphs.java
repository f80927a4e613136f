package org.simap.render.engine;

/** DOT texts shared by the engine tests. */
final class Graphs {
  private Graphs() {}

  /** Three clusters of two nodes each, with edges inside and across the clusters. */
  static final String THREE_CLUSTERS =
      """
      digraph map {
        node [shape=box];
        subgraph cluster_people { label="People"; alice; bob; }
        subgraph cluster_process { label="Process"; intake; review; }
        subgraph cluster_tools { label="Tools"; tracker; wiki; }
        alice -> intake;
        bob -> review;
        intake -> review -> tracker;
        review -> wiki [label="documents"];
      }
      """;

  static final String[] THREE_CLUSTERS_NODES = {
    "alice", "bob", "intake", "review", "tracker", "wiki"
  };

  /** A syntax error in line 3: an edge without a head. */
  static final String BROKEN =
      """
      digraph broken {
        a -> b;
        c -> ;
      }
      """;

  /**
   * Returns a graph whose edge {@code a -> b} is nested in the given number of subgraphs. Graphviz
   * 15.1.1 and 2.43.0 parse at most 3,332 levels.
   */
  static String nested(int depth) {
    StringBuilder dot = new StringBuilder("digraph nested {\n");
    dot.append("subgraph level {\n".repeat(depth));
    dot.append("a -> b;\n");
    dot.append("}\n".repeat(depth));
    return dot.append("}\n").toString();
  }

  /** Returns a random graph; 2,000 nodes and 6,000 edges take dot minutes to lay out. */
  static String large(int nodes, int edges) {
    StringBuilder dot = new StringBuilder("digraph large {\n");
    java.util.Random random = new java.util.Random(7);
    for (int i = 0; i < edges; i++) {
      dot.append("  n")
          .append(random.nextInt(nodes))
          .append(" -> n")
          .append(random.nextInt(nodes))
          .append(";\n");
    }
    return dot.append("}\n").toString();
  }
}
