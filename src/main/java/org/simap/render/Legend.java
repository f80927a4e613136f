package org.simap.render;

import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.MutableGraph;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.simap.model.Challenge;
import org.simap.model.Element;
import org.simap.model.ElementType;
import org.simap.model.Focus;
import org.simap.model.FocusKind;
import org.simap.model.Link;
import org.simap.model.LinkType;
import org.simap.model.Rating;

/**
 * The legend: samples drawn exactly like the picture's own nodes and edges, for only the element
 * types, variation ratings, focus kinds, changes, link types and challenges that the picture shows.
 * Every entry's SVG id starts with {@code legend-}.
 */
final class Legend {

  private static final int LINKS_PER_ROW = 5;

  private final Selection selection;
  private final RenderOptions options;
  private final Theme theme;
  private final Badges badges;
  private final GraphBuilder graph;
  private final MutableGraph cluster = GraphBuilder.cluster("legend");
  private final List<List<String>> rows = new ArrayList<>();

  Legend(Selection selection, RenderOptions options, Badges badges, GraphBuilder graph) {
    this.selection = selection;
    this.options = options;
    this.theme = options.theme();
    this.badges = badges;
    this.graph = graph;
  }

  /** Adds the legend's entries to its cluster and returns the node names of each row. */
  List<List<String>> draw(MutableGraph root) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("id", "legend");
    attributes.put("label", Label.html("<FONT POINT-SIZE=\"14\"><B>Legend</B></FONT>"));
    attributes.put("labeljust", "l");
    attributes.put("style", "filled,rounded");
    attributes.put("fillcolor", theme.palette().legendFill());
    attributes.put("color", theme.palette().levelBorder());
    attributes.put("fontcolor", theme.palette().text());
    GraphBuilder.set(cluster, attributes);

    elementTypes();
    markers();
    links();
    challenges();
    if (!rows.isEmpty()) {
      root.add(cluster);
    }
    return rows;
  }

  private void elementTypes() {
    List<Entry> entries = new ArrayList<>();
    Set<ElementType> used = EnumSet.noneOf(ElementType.class);
    selection.elements().forEach(e -> used.add(e.type()));
    for (ElementType type : used) {
      Map<String, Object> attributes = sample(Styles.typeName(type));
      attributes.put("shape", Styles.shape(type));
      attributes.put("fillcolor", theme.fill(type));
      attributes.put("color", theme.border());
      entries.add(new Entry("legend-" + type.keyword(), attributes));
    }
    addRow(entries);
  }

  /** Variation ratings, focus kinds and changes: everything drawn as a border or a badge. */
  private void markers() {
    List<Entry> entries = new ArrayList<>();
    Set<Rating> variations = EnumSet.noneOf(Rating.class);
    for (Element element : selection.elements()) {
      element.variation().ifPresent(variations::add);
    }
    for (Rating rating : List.of(Rating.HIGH, Rating.MEDIUM)) {
      if (variations.contains(rating)) {
        Map<String, Object> attributes = sample(Styles.variationMark(rating).toLowerCase());
        attributes.put("penwidth", Styles.borderWidth(rating));
        if (rating == Rating.MEDIUM) {
          attributes.put("style", "filled,dashed");
        }
        entries.add(new Entry("legend-variation-" + rating.keyword(), attributes));
      }
    }
    Set<FocusKind> kinds = EnumSet.noneOf(FocusKind.class);
    selection.focus().stream().map(Focus::kind).forEach(kinds::add);
    for (FocusKind kind : kinds) {
      String text =
          Badges.glyph(kind)
              + (kind == FocusKind.IMPROVEMENT ? " focus: improvement" : " focus: investigate");
      Map<String, Object> attributes = sample(text);
      attributes.put("color", theme.focus(kind));
      attributes.put("peripheries", 2);
      entries.add(new Entry("legend-focus-" + kind.keyword(), attributes));
    }
    Set<Mark> marks = EnumSet.noneOf(Mark.class);
    for (Element element : selection.elements()) {
      Mark mark = options.marks().get(element.id());
      if (mark != null) {
        marks.add(mark);
      }
    }
    for (Mark mark : marks) {
      Map<String, Object> attributes = sample(Styles.markText(mark).toLowerCase());
      attributes.put("color", Styles.markColour(mark, theme));
      attributes.put("penwidth", 2);
      if (mark == Mark.REMOVED) {
        attributes.put("style", "filled,dashed");
        attributes.put("fontcolor", theme.palette().ghost());
      }
      entries.add(new Entry("legend-mark-" + mark.keyword(), attributes));
    }
    addRow(entries);
  }

  private void links() {
    Set<LinkType> used = EnumSet.noneOf(LinkType.class);
    selection.links().stream().map(Link::type).forEach(used::add);
    List<LinkType> types = new ArrayList<>(used);
    for (int start = 0; start < types.size(); start += LINKS_PER_ROW) {
      MutableGraph row = GraphBuilder.sameRank("legend-links:" + start);
      List<String> names = new ArrayList<>();
      for (LinkType type : types.subList(start, Math.min(types.size(), start + LINKS_PER_ROW))) {
        String name = "legend-link-" + type.keyword();
        Map<String, Object> tail = new LinkedHashMap<>();
        tail.put("shape", "point");
        tail.put("width", 0.06);
        tail.put("color", theme.link(type));
        Map<String, Object> head = new LinkedHashMap<>();
        head.put("id", name);
        head.put("shape", "plaintext");
        head.put("label", type.keyword());
        row.add(GraphBuilder.node(name + ":tail", tail));
        row.add(GraphBuilder.node(name, head));
        Map<String, Object> edge = Styles.link(type, theme);
        edge.put("minlen", 2);
        graph.edge(name + ":tail", name, edge);
        names.add(name + ":tail");
        names.add(name);
      }
      orderAcross(names);
      cluster.add(row);
      rows.add(names);
    }
  }

  private void challenges() {
    List<Entry> entries = new ArrayList<>();
    for (Challenge challenge : selection.challenges()) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("shape", "plaintext");
      attributes.put(
          "label",
          Label.html(
              HtmlText.wrapped(
                  badges.challenge(challenge.id()) + " " + challenge.name(), 34, "<BR/>")));
      entries.add(new Entry("legend-challenge-" + challenge.id(), attributes));
    }
    addRow(entries);
  }

  private Map<String, Object> sample(String text) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("shape", "box");
    attributes.put("style", "filled");
    attributes.put("fillcolor", theme.palette().legendFill());
    attributes.put("color", theme.palette().levelBorder());
    attributes.put("fontsize", 11);
    attributes.put("label", Label.html(HtmlText.escape(text)));
    return attributes;
  }

  /** Keeps a row's entries in the order they were added, left to right. */
  private void orderAcross(List<String> names) {
    for (int i = 1; i < names.size(); i++) {
      if (names.get(i - 1).equals(names.get(i) + ":tail")) {
        continue;
      }
      graph.keepLeftOf(names.get(i - 1), names.get(i));
    }
  }

  private record Entry(String name, Map<String, Object> attributes) {}

  private void addRow(List<Entry> entries) {
    if (entries.isEmpty()) {
      return;
    }
    MutableGraph row = GraphBuilder.sameRank("legend-row:" + rows.size());
    List<String> names = new ArrayList<>();
    for (Entry entry : entries) {
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("id", entry.name());
      attributes.putAll(entry.attributes());
      row.add(GraphBuilder.node(entry.name(), attributes));
      names.add(entry.name());
    }
    orderAcross(names);
    cluster.add(row);
    rows.add(names);
  }
}
