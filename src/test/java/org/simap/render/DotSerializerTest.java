package org.simap.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.Factory;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import guru.nidi.graphviz.model.Serializer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.simap.model.Element;
import org.simap.model.SystemMap;

/** Checks that {@link DotSerializer} writes the text that graphviz-java's serializer writes. */
class DotSerializerTest {

  static List<Path> maps() {
    return Maps.all();
  }

  /** Option sets that together use every part of the picture: layouts, legend, focus, marks. */
  private static List<RenderOptions> optionSets(SystemMap map) {
    List<RenderOptions> sets = new ArrayList<>();
    for (Layout layout : Layout.values()) {
      for (boolean legend : new boolean[] {true, false}) {
        for (boolean focusOnly : new boolean[] {false, true}) {
          sets.add(
              RenderOptions.defaults()
                  .withLayout(layout)
                  .withLegend(legend)
                  .withFocusOnly(focusOnly));
        }
      }
    }
    for (Direction direction : Direction.values()) {
      sets.add(RenderOptions.defaults().withDirection(direction));
    }
    for (Theme theme : Theme.values()) {
      sets.add(RenderOptions.defaults().withTheme(theme));
    }
    sets.add(RenderOptions.defaults().withLevels(List.of(map.levels().get(0).id())));
    // Every element marked in turn with each kind of change, as a picture of a difference has.
    Map<String, Mark> marks = new LinkedHashMap<>();
    Mark[] kinds = Mark.values();
    List<Element> elements = map.elements().toList();
    for (int i = 0; i < elements.size(); i++) {
      marks.put(elements.get(i).id(), kinds[i % kinds.length]);
    }
    sets.add(RenderOptions.defaults().withMarks(marks));
    return sets;
  }

  @ParameterizedTest
  @MethodSource("maps")
  void matchesGraphvizJavaOnEveryMap(Path path) {
    SystemMap map = Maps.load(path);
    for (RenderOptions options : optionSets(map)) {
      // Writing adds the edges to the graph, so each serializer gets a graph of its own.
      String ours = DotWriter.build(map, options).toDot();
      String library = DotWriter.build(map, options).serialize(message -> {});

      assertThat(ours).as("%s with %s", path.getFileName(), options).isEqualTo(library);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "plain",
        "with \"quotes\"",
        "line\nbreaks\r\nand\rreturns\u2028too",
        "trailing backslash\\",
        "two trailing backslashes\\\\",
        "S:\\Grades\\New",
        "ünïcödé 数据 🙂",
        ""
      })
  void quotesAsGraphvizJavaDoes(String text) {
    MutableGraph ours = graphWithText(text);
    MutableGraph library = graphWithText(text);

    assertThat(DotSerializer.serialize(ours))
        .isEqualTo(new Serializer().notValidating().serialize(library));
  }

  private static MutableGraph graphWithText(String text) {
    MutableGraph graph = Factory.mutGraph("g").setDirected(true);
    graph.graphAttrs().add("label", text);
    MutableNode node = Factory.mutNode("n " + text);
    node.add("tooltip", text);
    node.add("label", Label.html("<B>" + text + "</B>"));
    graph.add(node);
    return graph;
  }

  @Test
  void rejectsLinksBetweenSubgraphs() {
    MutableGraph graph = Factory.mutGraph("g").setDirected(true);
    MutableGraph first = Factory.mutGraph("a").setDirected(true);
    first.addLink(Factory.mutGraph("b").setDirected(true));
    graph.add(first);

    assertThatThrownBy(() -> DotSerializer.serialize(graph))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("subgraphs");
  }
}
