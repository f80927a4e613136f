package org.simap.render.engine;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses SVG output as strict XML and reads Graphviz's node and cluster titles from it. */
public final class SvgDocuments {
  private SvgDocuments() {}

  /**
   * Parses the bytes as namespace-aware XML. The DOCTYPE that Graphviz writes is accepted, but its
   * external DTD is never loaded, so the parse reads no file and no network address.
   */
  public static Document parse(byte[] svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    builder.setErrorHandler(null);
    return builder.parse(new ByteArrayInputStream(svg));
  }

  /** Returns the titles of the {@code <g>} elements of the given class, in document order. */
  public static List<String> titles(Document document, String graphvizClass) {
    List<String> titles = new ArrayList<>();
    NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element group = (Element) groups.item(i);
      if (group.getAttribute("class").equals(graphvizClass)) {
        NodeList title = group.getElementsByTagNameNS("http://www.w3.org/2000/svg", "title");
        titles.add(title.item(0).getTextContent());
      }
    }
    return titles;
  }
}
