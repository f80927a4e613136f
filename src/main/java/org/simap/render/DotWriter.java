package org.simap.render;

import guru.nidi.graphviz.attribute.Label;
import guru.nidi.graphviz.model.MutableGraph;
import guru.nidi.graphviz.model.MutableNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.simap.model.Element;
import org.simap.model.Focus;
import org.simap.model.FocusKind;
import org.simap.model.Level;
import org.simap.model.Link;
import org.simap.model.SystemMap;

/**
 * Turns a map into a Graphviz graph in the DOT language: the picture that {@code simap render} lays
 * out, and the output of {@code --format dot}.
 *
 * <p>The picture has one cluster per level in map order, the map's title and problem on top, and a
 * legend of what the map uses. Inside a level, elements sit in rows of equal rank, and invisible
 * edges chain the rows so that the levels follow each other in map order. The map's own links take
 * part in the layout too, which keeps linked elements close. Graphviz draws a link against the
 * level order reversed rather than moving a row. The same map and options always give the same
 * text.
 */
public final class DotWriter {

  /** Elements per row inside a level; more are wrapped onto further rows. */
  static final int ROW_WIDTH = 5;

  private final SystemMap map;
  private final RenderOptions options;
  private final Theme theme;
  private final Selection selection;
  private final Badges badges;
  private final GraphBuilder graph = new GraphBuilder("simap");
  private boolean grid;

  /** The labelled links of the grid, in the order of their numbers. */
  private final List<Link> numberedLinks = new ArrayList<>();

  /** The maximum number of link labels in one column of the grid's note of link labels. */
  private static final int LINK_NOTE_ROWS = 12;

  /** The first node of each rank row in picture order, for the chain that orders them. */
  private final List<List<String>> rows = new ArrayList<>();

  private DotWriter(SystemMap map, RenderOptions options) {
    this.map = map;
    this.options = options;
    this.theme = options.theme();
    this.selection = Selection.of(map, options);
    this.badges = new Badges(selection.challenges(), selection.focus());
  }

  /**
   * Writes the picture of a map as DOT text.
   *
   * @throws IllegalArgumentException if {@code options} names a level the map does not have; check
   *     with {@link #unknownLevels} first
   */
  public static String write(SystemMap map, RenderOptions options) {
    return build(map, options).toDot();
  }

  /** Returns the ids in {@code levelIds} that name no level of the map, in the order given. */
  public static List<String> unknownLevels(SystemMap map, List<String> levelIds) {
    Set<String> known = map.levels().stream().map(Level::id).collect(Collectors.toSet());
    return levelIds.stream().filter(id -> !known.contains(id)).distinct().toList();
  }

  static GraphBuilder build(SystemMap map, RenderOptions options) {
    List<String> unknown = unknownLevels(map, options.levels());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown level ids: " + unknown);
    }
    DotWriter writer = new DotWriter(map, options);
    writer.draw();
    return writer.graph;
  }

  private void draw() {
    MutableGraph root = graph.root();
    GraphBuilder.set(root, graphAttributes());
    root.nodeAttrs().add("fontname", Styles.FONT);
    root.nodeAttrs().add("fontsize", 12);
    root.nodeAttrs().add("fontcolor", theme.palette().text());
    root.nodeAttrs().add("margin", "0.2,0.13");
    root.linkAttrs().add("fontname", Styles.FONT);
    root.linkAttrs().add("fontsize", 10);
    root.linkAttrs().add("arrowsize", 0.8);

    grid = options.layout() == Layout.GRID && !map.subsystems().isEmpty();
    LevelRows levelRows = grid ? new GridRows(map, selection, graph, theme) : new TypeRows(theme);
    levelRows.header(root).ifPresent(rows::add);
    for (Selection.DrawnLevel drawn : selection.levels()) {
      root.add(level(drawn.level(), drawn.elements(), levelRows));
    }
    drawLinks();
    if (!selection.focus().isEmpty()) {
      root.add(focusNotes());
    }
    if (!numberedLinks.isEmpty()) {
      root.add(linkNotes());
    }
    if (options.legend()) {
      rows.addAll(new Legend(selection, options, badges, graph).draw(root));
    }
    for (int i = 1; i < rows.size(); i++) {
      graph.order(rows.get(i - 1).get(0), rows.get(i).get(0));
    }
  }

  private Map<String, Object> graphAttributes() {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("rankdir", options.direction().keyword());
    attributes.put("newrank", true);
    attributes.put("bgcolor", theme.palette().background());
    attributes.put("fontname", Styles.FONT);
    attributes.put("fontcolor", theme.palette().text());
    attributes.put("labelloc", "t");
    attributes.put("label", Label.html(titleLabel()));
    attributes.put("pad", 0.3);
    attributes.put("nodesep", 0.3);
    attributes.put("ranksep", 0.45);
    attributes.put("outputorder", "edgesfirst");
    return attributes;
  }

  private String titleLabel() {
    return "<FONT POINT-SIZE=\"22\"><B>"
        + HtmlText.wrapped(map.title(), 60, "<BR/>")
        + "</B></FONT><BR/><FONT POINT-SIZE=\"13\">"
        + HtmlText.wrapped("Problem: " + map.problem(), 100, "<BR/>")
        + "</FONT><BR/> ";
  }

  private MutableGraph level(Level level, List<Element> elements, LevelRows levelRows) {
    MutableGraph cluster = GraphBuilder.cluster("level-" + level.id());
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("id", "level-" + level.id());
    attributes.put(
        "label",
        Label.html("<FONT POINT-SIZE=\"16\"><B>" + HtmlText.escape(level.name()) + "</B></FONT>"));
    attributes.put("labeljust", "l");
    attributes.put("style", "filled,rounded");
    attributes.put("fillcolor", theme.palette().levelFill());
    attributes.put("color", theme.palette().levelBorder());
    attributes.put("fontcolor", theme.palette().text());
    attributes.put("margin", 14);
    GraphBuilder.set(cluster, attributes);

    rows.addAll(levelRows.rows(level, elements, this::elementNode, cluster));
    return cluster;
  }

  /** Creates the node of one element, with its marks. */
  private MutableNode elementNode(Element element) {
    Map<String, Object> attributes =
        Styles.element(
            element,
            theme,
            focusKind(element.id()),
            Optional.ofNullable(options.marks().get(element.id())),
            badges.of(element.id()));
    return GraphBuilder.node(nodeName(element.id()), attributes);
  }

  static String nodeName(String elementId) {
    return "element-" + elementId;
  }

  /** Returns the focus kind of an element, improvement when it is in entries of both kinds. */
  private Optional<FocusKind> focusKind(String elementId) {
    Optional<FocusKind> kind = Optional.empty();
    for (Focus focus : selection.focus()) {
      if (focus.elements().contains(elementId)) {
        if (focus.kind() == FocusKind.IMPROVEMENT) {
          return Optional.of(FocusKind.IMPROVEMENT);
        }
        kind = Optional.of(focus.kind());
      }
    }
    return kind;
  }

  private void drawLinks() {
    for (Link link : selection.links()) {
      Map<String, Object> attributes = Styles.link(link.type(), theme);
      if (grid) {
        // In the grid, links must not move elements out of their columns. A plain label would take
        // a place in the ranks its link crosses and push the columns apart. So there a link
        // carries only a number, as an xlabel that Graphviz places after the layout, and the
        // note under the levels lists each number's text. Whole texts as xlabels overlapped
        // each other and the elements.
        attributes.put("constraint", false);
        link.label()
            .ifPresent(
                text -> {
                  numberedLinks.add(link);
                  attributes.put("xlabel", Label.html(edgeLabel(linkNumber(numberedLinks.size()))));
                });
      } else {
        link.label()
            .ifPresent(
                text ->
                    attributes.put(
                        "label", Label.html(edgeLabel(HtmlText.wrapped(text, 24, "<BR/>")))));
      }
      graph.edge(nodeName(link.from()), nodeName(link.to()), attributes);
    }
  }

  private static String linkNumber(int number) {
    return "<B>" + number + "</B>";
  }

  /**
   * Draws the note that lists the labels of the grid's numbered links, in columns of at most {@link
   * #LINK_NOTE_ROWS} and of about equal length, so that many links do not make one tall column.
   */
  private MutableGraph linkNotes() {
    MutableGraph cluster = noteCluster("link-labels", "Link labels");

    Map<String, String> names = new LinkedHashMap<>();
    for (Element element : selection.elements()) {
      names.put(element.id(), element.name());
    }
    MutableGraph row = GraphBuilder.sameRank("link-labels-row");
    List<String> nodes = new ArrayList<>();
    int count = numberedLinks.size();
    int columns = (count + LINK_NOTE_ROWS - 1) / LINK_NOTE_ROWS;
    int perColumn = (count + columns - 1) / columns;
    for (int first = 0; first < count; first += perColumn) {
      StringBuilder table =
          new StringBuilder("<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"2\">");
      for (int i = first; i < Math.min(first + perColumn, count); i++) {
        Link link = numberedLinks.get(i);
        String ends = names.get(link.from()) + " → " + names.get(link.to()) + ": ";
        table
            .append("<TR><TD ALIGN=\"RIGHT\" VALIGN=\"TOP\">")
            .append(linkNumber(i + 1))
            .append("</TD><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">")
            .append(HtmlText.wrapped(ends + link.label().orElseThrow(), 60, "<BR/>"))
            .append("</TD></TR>");
      }
      table.append("</TABLE>");
      String name = "link-labels-" + (first / perColumn + 1);
      Map<String, Object> note = new LinkedHashMap<>();
      note.put("shape", "plaintext");
      note.put("label", Label.html(table.toString()));
      row.add(GraphBuilder.node(name, note));
      nodes.add(name);
    }
    cluster.add(row);
    keepInOrder(nodes);
    rows.add(nodes);
    return cluster;
  }

  /**
   * Keeps the notes of a row in order, left to right. Without the invisible edges this adds, dot
   * 2.43 drew the rows of focus notes and link labels right to left.
   */
  private void keepInOrder(List<String> names) {
    for (int i = 1; i < names.size(); i++) {
      graph.keepLeftOf(names.get(i - 1), names.get(i));
    }
  }

  /**
   * Puts a link's label, given as HTML-like text, on a translucent patch of the background colour,
   * so that lines drawn earlier do not run through its text.
   */
  private String edgeLabel(String html) {
    return "<TABLE BORDER=\"0\" CELLBORDER=\"0\" CELLPADDING=\"1\" CELLSPACING=\"0\" BGCOLOR=\""
        + theme.palette().background()
        + "D9\"><TR><TD>"
        + html
        + "</TD></TR></TABLE>";
  }

  /** Creates the dashed frame, with a title, of a row of notes under the levels. */
  private MutableGraph noteCluster(String id, String title) {
    MutableGraph cluster = GraphBuilder.cluster(id);
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("id", id);
    attributes.put("label", Label.html("<FONT POINT-SIZE=\"16\"><B>" + title + "</B></FONT>"));
    attributes.put("labeljust", "l");
    attributes.put("style", "dashed,rounded");
    attributes.put("color", theme.palette().levelBorder());
    attributes.put("fontcolor", theme.palette().text());
    GraphBuilder.set(cluster, attributes);
    return cluster;
  }

  /**
   * Draws a row of notes under the levels: one per focus entry, with its questions. Its elements
   * carry the note's badge and a double border in the colour of its kind. Lines from each note to
   * its elements would cross the whole picture, so there are none.
   */
  private MutableGraph focusNotes() {
    MutableGraph cluster = noteCluster("focus", "Focus");

    MutableGraph row = GraphBuilder.sameRank("focus-row");
    List<String> names = new ArrayList<>();
    for (Focus focus : selection.focus()) {
      String name = "focus-" + focus.id();
      names.add(name);
      row.add(GraphBuilder.node(name, FocusNote.attributes(focus, badges, theme)));
    }
    cluster.add(row);
    keepInOrder(names);
    rows.add(names);
    return cluster;
  }
}
