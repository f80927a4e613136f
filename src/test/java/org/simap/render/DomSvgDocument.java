package org.simap.render;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.simap.model.Element;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The reference that {@link SvgDocument} must match byte for byte: it parses the SVG into a DOM
 * with the JDK's parser, makes the same checks and changes there, and writes the DOM with the JDK's
 * identity transformer. It has the same error messages, and rejects SVG with active content or that
 * is not well-formed as {@link SvgDocument} does.
 */
final class DomSvgDocument {

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

  private DomSvgDocument() {}

  /**
   * Parses, checks and finishes an SVG.
   *
   * @param elements the drawn elements by id, whose nodes get their tooltips
   * @param title the map's title, for the picture's own title
   */
  static byte[] finish(byte[] svg, Map<String, Element> elements, String title)
      throws SvgDocument.InvalidSvgException {
    Document document = parse(svg);
    check(document.getDocumentElement());
    setTitles(document, elements, title);
    widenFontFallbacks(document.getDocumentElement());
    return serialize(document);
  }

  /** Parses XML strictly, without fetching the DTD that Graphviz names or any other entity. */
  static Document parse(byte[] xml) throws SvgDocument.InvalidSvgException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setExpandEntityReferences(false);
      factory.setXIncludeAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      builder.setErrorHandler(null);
      return builder.parse(new ByteArrayInputStream(xml));
    } catch (SAXException e) {
      throw new SvgDocument.InvalidSvgException(
          "the SVG is not well-formed XML: " + e.getMessage());
    } catch (ParserConfigurationException | IOException e) {
      throw new IllegalStateException("cannot set up the XML parser", e);
    }
  }

  private static void check(org.w3c.dom.Element element) throws SvgDocument.InvalidSvgException {
    String name = element.getLocalName().toLowerCase(Locale.ROOT);
    if (FORBIDDEN.contains(name)) {
      throw new SvgDocument.InvalidSvgException(
          "the SVG contains a <" + element.getLocalName() + "> element");
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr attribute = (Attr) attributes.item(i);
      String attributeName =
          (attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName())
              .toLowerCase(Locale.ROOT);
      if (attributeName.startsWith("on")) {
        throw new SvgDocument.InvalidSvgException(
            "the SVG contains an event handler '" + attributeName + "'");
      }
      if (attributeName.equals("href") && !safeLink(attribute.getValue())) {
        throw new SvgDocument.InvalidSvgException(
            "the SVG contains a link to '" + attribute.getValue() + "'");
      }
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof org.w3c.dom.Element childElement) {
        check(childElement);
      }
    }
  }

  private static boolean safeLink(String value) {
    String link = value.strip().toLowerCase(Locale.ROOT);
    return link.startsWith("http://") || link.startsWith("https://") || link.startsWith("#");
  }

  private static void setTitles(Document document, Map<String, Element> elements, String title) {
    NodeList groups = document.getElementsByTagNameNS(SVG, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      org.w3c.dom.Element group = (org.w3c.dom.Element) groups.item(i);
      String id = group.getAttribute("id");
      if (group.getAttribute("class").equals("graph")) {
        setTitle(group, title);
      } else if (id.startsWith("element-")) {
        Element element = elements.get(id.substring("element-".length()));
        if (element != null) {
          String tooltip =
              element.description().map(d -> element.name() + "\n\n" + d).orElse(element.name());
          setTitle(group, tooltip);
          // Graphviz gives a linked node's anchor its own tooltip, which browsers show first.
          NodeList anchors = group.getElementsByTagNameNS(SVG, "a");
          for (int a = 0; a < anchors.getLength(); a++) {
            org.w3c.dom.Element anchor = (org.w3c.dom.Element) anchors.item(a);
            if (anchor.hasAttributeNS(XLINK, "title")) {
              anchor.setAttributeNS(XLINK, "xlink:title", tooltip);
            }
          }
        }
      }
    }
  }

  private static void setTitle(org.w3c.dom.Element group, String text) {
    for (Node child = group.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof org.w3c.dom.Element title && title.getLocalName().equals("title")) {
        title.setTextContent(text);
        return;
      }
    }
    org.w3c.dom.Element title = group.getOwnerDocument().createElementNS(SVG, "title");
    title.setTextContent(text);
    group.insertBefore(title, group.getFirstChild());
  }

  /**
   * Names Arial and Liberation Sans after Helvetica. Graphviz sized every box for Helvetica and
   * names only the generic sans-serif after it, which on many Linux systems is DejaVu Sans, about a
   * tenth wider, so text ran over the boxes. Arial and Liberation Sans have Helvetica's widths.
   */
  private static void widenFontFallbacks(org.w3c.dom.Element element) {
    String family = element.getAttribute("font-family");
    if (family.startsWith("Helvetica")) {
      element.setAttribute("font-family", FONT_FAMILIES);
    }
    for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
      if (child instanceof org.w3c.dom.Element childElement) {
        widenFontFallbacks(childElement);
      }
    }
  }

  private static byte[] serialize(Document document) {
    try {
      Transformer transformer = TransformerFactory.newInstance().newTransformer();
      transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      transformer.setOutputProperty(OutputKeys.METHOD, "xml");
      transformer.setOutputProperty(OutputKeys.INDENT, "no");
      document.setXmlStandalone(true);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      transformer.transform(new DOMSource(document), new StreamResult(out));
      out.write('\n');
      // The JDK's serializer puts the first comment on the declaration's line.
      String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
      return text.replaceFirst("^(<\\?xml[^>]*\\?>)(?!\n)", "$1\n")
          .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    } catch (TransformerException e) {
      throw new IllegalStateException("cannot write the SVG", e);
    }
  }
}
