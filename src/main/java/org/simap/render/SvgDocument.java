package org.simap.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.simap.model.Element;
import org.simap.render.XmlReader.Attribute;
import org.simap.render.XmlReader.Event;
import org.simap.render.XmlReader.XmlException;

/**
 * Checks and finishes the SVG that Graphviz produced.
 *
 * <p>The SVG must be well-formed XML, and it must not be able to run code when a browser opens it:
 * no scripts, no embedded HTML, no animations, no event handler attributes and no links other than
 * http, https and links inside the document. Map text cannot produce any of these, because every
 * label is escaped, so finding one means the layout engine misbehaved and the SVG is rejected
 * rather than cleaned.
 *
 * <p>Finishing sets the tooltips and the fonts to fall back on. Graphviz expands escape sequences
 * such as {@code \N} in its {@code tooltip} attribute, so a description with backslashes would not
 * survive it; instead each element's {@code <title>} (the browser's tooltip) is written here, from
 * the map, as the element's name and description.
 *
 * <p>The SVG is read and written in one pass with {@link XmlReader} and {@link XmlWriter}. They
 * give the same bytes as parsing it into a DOM and writing that with the JDK's transformer, which
 * {@code SvgDocumentDomTest} checks, in about a third of the time in a fresh JVM.
 */
final class SvgDocument {

  private static final String SVG = "http://www.w3.org/2000/svg";
  private static final String XLINK = "http://www.w3.org/1999/xlink";
  private static final String FONT_FAMILIES = "Helvetica,Arial,'Liberation Sans',sans-serif";

  /** Elements that can run code or pull in active content. */
  private static final Set<String> FORBIDDEN =
      Set.of(
          "script",
          "foreignobject",
          "iframe",
          "embed",
          "object",
          "handler",
          "listener",
          "set",
          "animate",
          "animatemotion",
          "animatetransform");

  /**
   * A {@code <g>} whose title is replaced: its tooltip, whether its anchors get the tooltip too,
   * whether its first {@code <title>} child was found, and where a missing title goes.
   */
  private static final class TitledGroup {
    final String tooltip;
    final boolean setsAnchorTitles;
    final int depth;
    final int titlePosition;
    boolean titleFound;

    TitledGroup(String tooltip, boolean setsAnchorTitles, int depth, int titlePosition) {
      this.tooltip = tooltip;
      this.setsAnchorTitles = setsAnchorTitles;
      this.depth = depth;
      this.titlePosition = titlePosition;
    }
  }

  private final XmlReader reader;
  private final XmlWriter writer;
  private final Map<String, Element> elements;
  private final String title;
  private final List<TitledGroup> groups = new ArrayList<>();
  private int depth;

  /** The depth of the {@code <title>} whose content is being replaced, or 0. */
  private int replacedTitleDepth;

  /** The first active content found; reported once the whole SVG has proved well-formed. */
  private String violation;

  private SvgDocument(byte[] svg, Map<String, Element> elements, String title) throws XmlException {
    this.reader = new XmlReader(svg);
    this.writer = new XmlWriter(svg.length + 4096);
    this.elements = elements;
    this.title = title;
    // The JDK's transformer wrote the encoding as the declaration spelled it.
    writer.markup("<?xml version=\"1.0\" encoding=\"" + reader.declaredEncoding() + "\"?>\n");
  }

  /** An SVG that is not well-formed or contains active content. */
  static final class InvalidSvgException extends Exception {
    private static final long serialVersionUID = 1L;

    InvalidSvgException(String message) {
      super(message);
    }
  }

  /**
   * Checks and finishes an SVG. The result starts with an XML declaration of UTF-8 on a line of its
   * own, leaves out the DOCTYPE and the whitespace outside the root element, and ends with a line
   * feed.
   *
   * @param elements the drawn elements by id, whose nodes get their tooltips
   * @param title the map's title, for the picture's own title
   * @throws InvalidSvgException if the SVG is not well-formed, uses XML that {@link XmlReader} does
   *     not accept, or contains active content
   */
  static byte[] finish(byte[] svg, Map<String, Element> elements, String title)
      throws InvalidSvgException {
    try {
      SvgDocument document = new SvgDocument(svg, elements, title);
      document.copy();
      if (document.violation != null) {
        throw new InvalidSvgException(document.violation);
      }
      document.writer.markup("\n");
      return document.writer.toByteArray();
    } catch (XmlException e) {
      throw new InvalidSvgException("the SVG is not well-formed XML: " + e.getMessage());
    }
  }

  private void copy() throws XmlException {
    for (Event event = reader.next(); event != Event.END_DOCUMENT; event = reader.next()) {
      switch (event) {
        case START_ELEMENT -> startElement();
        case END_ELEMENT -> endElement();
        case TEXT -> {
          if (replacedTitleDepth == 0) {
            writer.text(reader.text());
          }
        }
        case COMMENT -> {
          if (replacedTitleDepth == 0) {
            writer.comment(reader.text());
          }
        }
        default -> throw new IllegalStateException("unexpected event " + event);
      }
    }
  }

  private void startElement() {
    depth++;
    List<Attribute> attributes = reader.attributes();
    check(reader.localName(), attributes);
    if (replacedTitleDepth > 0) {
      return;
    }
    TitledGroup parent = groups.isEmpty() ? null : groups.get(groups.size() - 1);
    boolean replacesTitle =
        parent != null
            && parent.depth == depth - 1
            && !parent.titleFound
            && reader.localName().equals("title");

    writer.startElement(reader.qualifiedName(), finishedAttributes(attributes));
    if (replacesTitle) {
      parent.titleFound = true;
      replacedTitleDepth = depth;
      writer.text(parent.tooltip);
      return;
    }
    if (reader.namespaceUri().equals(SVG) && reader.localName().equals("g")) {
      String tooltip = tooltip(attributes);
      if (tooltip != null) {
        // A group with a title is never empty, so its start tag ends here.
        writer.closeStartTag();
        boolean setsAnchorTitles = !"graph".equals(value(attributes, "class"));
        groups.add(new TitledGroup(tooltip, setsAnchorTitles, depth, writer.length()));
      }
    }
  }

  private void endElement() {
    if (replacedTitleDepth == depth) {
      replacedTitleDepth = 0;
    }
    if (replacedTitleDepth == 0) {
      TitledGroup group = groups.isEmpty() ? null : groups.get(groups.size() - 1);
      if (group != null && group.depth == depth) {
        groups.remove(groups.size() - 1);
        if (!group.titleFound) {
          writer.insert(group.titlePosition, titleElement(group.tooltip));
        }
      }
      writer.endElement(reader.qualifiedName());
    }
    depth--;
  }

  /** Records the first element or attribute that can run code or load active content. */
  private void check(String localName, List<Attribute> attributes) {
    if (violation != null) {
      return;
    }
    if (FORBIDDEN.contains(localName.toLowerCase(Locale.ROOT))) {
      violation = "the SVG contains a <" + localName + "> element";
      return;
    }
    // The DOM stores attributes sorted by qualified name, and the DOM-based reference in the tests
    // reports the first problem in that order.
    for (Attribute attribute : XmlWriter.sortedByQualifiedName(attributes)) {
      String name = attribute.localName().toLowerCase(Locale.ROOT);
      if (name.startsWith("on")) {
        violation = "the SVG contains an event handler '" + name + "'";
        return;
      }
      if (name.equals("href") && !safeLink(attribute.value())) {
        violation = "the SVG contains a link to '" + attribute.value() + "'";
        return;
      }
    }
  }

  private static boolean safeLink(String value) {
    String link = value.strip().toLowerCase(Locale.ROOT);
    return link.startsWith("http://") || link.startsWith("https://") || link.startsWith("#");
  }

  /**
   * Returns the tooltip of a group: the map's title for the picture's group, the name and
   * description for an element's node, and null for any other group.
   */
  private String tooltip(List<Attribute> attributes) {
    if ("graph".equals(value(attributes, "class"))) {
      return title;
    }
    String id = value(attributes, "id");
    if (id == null || !id.startsWith("element-")) {
      return null;
    }
    Element element = elements.get(id.substring("element-".length()));
    if (element == null) {
      return null;
    }
    return element.description().isPresent()
        ? element.name() + "\n\n" + element.description().get()
        : element.name();
  }

  /**
   * Returns the attributes with the fonts to fall back on and, on an anchor inside an element's
   * node, the element's tooltip.
   */
  private List<Attribute> finishedAttributes(List<Attribute> attributes) {
    String anchorTitle = null;
    if (reader.namespaceUri().equals(SVG) && reader.localName().equals("a")) {
      // Graphviz gives a linked node's anchor its own tooltip, which browsers show first.
      for (int i = groups.size() - 1; i >= 0 && anchorTitle == null; i--) {
        if (groups.get(i).setsAnchorTitles) {
          anchorTitle = groups.get(i).tooltip;
        }
      }
    }
    List<Attribute> finished = new ArrayList<>(attributes.size());
    for (Attribute attribute : attributes) {
      if (anchorTitle != null
          && attribute.namespaceUri().equals(XLINK)
          && attribute.localName().equals("title")) {
        finished.add(attribute.withValue(anchorTitle));
      } else if (attribute.qualifiedName().equals("font-family")
          && attribute.value().startsWith("Helvetica")) {
        // Graphviz sized every box for Helvetica and names only the generic sans-serif after it,
        // which on many Linux systems is DejaVu Sans, about a tenth wider, so text ran over the
        // boxes. Arial and Liberation Sans have Helvetica's widths.
        finished.add(attribute.withValue(FONT_FAMILIES));
      } else {
        finished.add(attribute);
      }
    }
    return finished;
  }

  /** Returns a {@code <title>} element for a group that has none, declaring SVG if needed. */
  private String titleElement(String text) {
    String namespace = SVG.equals(writer.namespaceUri("")) ? "" : " xmlns=\"" + SVG + "\"";
    if (text.isEmpty()) {
      return "<title" + namespace + "/>";
    }
    return "<title" + namespace + ">" + writer.escapeText(text) + "</title>";
  }

  /** Returns the value of the attribute with a qualified name, or null. */
  private static String value(List<Attribute> attributes, String qualifiedName) {
    for (Attribute attribute : attributes) {
      if (attribute.qualifiedName().equals(qualifiedName)) {
        return attribute.value();
      }
    }
    return null;
  }
}
