package org.simap.render;

import guru.nidi.graphviz.attribute.Label;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.simap.model.Element;
import org.simap.model.ElementType;
import org.simap.model.FocusKind;
import org.simap.model.LinkType;
import org.simap.model.Rating;

/** The Graphviz attributes that draw elements, links and their marks. */
final class Styles {

  /** The estimated width of a wide character and of any other, in points at the name's size. */
  private static final double WIDE_CHARACTER_POINTS = 12.0;

  private static final double NARROW_CHARACTER_POINTS = 6.7;

  /**
   * Helvetica, because Graphviz has built-in text widths for it and so sizes boxes well even
   * without fonts installed, as in the embedded engine. Graphviz's SVG names a sans-serif fallback.
   */
  static final String FONT = "Helvetica";

  /** Border widths in points. A thick border is the first thing the eye finds. */
  static final double BORDER = 1.2;

  static final double HIGH_VARIATION_BORDER = 4.0;
  static final double MEDIUM_VARIATION_BORDER = 2.2;

  private Styles() {}

  /** Rectangle, arrow-like pentagon and ellipse: three outlines that differ at a glance. */
  static String shape(ElementType type) {
    return switch (type) {
      case STRUCTURE -> "box";
      case PROCESS -> "cds";
      case NORM -> "ellipse";
    };
  }

  static String typeName(ElementType type) {
    return switch (type) {
      case STRUCTURE -> "Structure";
      case PROCESS -> "Process";
      case NORM -> "Norm";
    };
  }

  static String variationMark(Rating variation) {
    return switch (variation) {
      case HIGH -> "▲ HIGH VARIATION";
      case MEDIUM -> "△ MEDIUM VARIATION";
      case LOW -> "";
    };
  }

  static String markText(Mark mark) {
    return switch (mark) {
      case ADDED -> "+ ADDED";
      case CHANGED -> "~ CHANGED";
      case MOVED -> "→ MOVED";
      case REMOVED -> "− REMOVED";
    };
  }

  static String markColour(Mark mark, Theme theme) {
    return switch (mark) {
      case ADDED -> theme.palette().supports();
      case CHANGED -> theme.palette().changed();
      case MOVED -> theme.palette().investigate();
      case REMOVED -> theme.palette().ghost();
    };
  }

  /** The attributes of one element's node. */
  static Map<String, Object> element(
      Element element,
      Theme theme,
      Optional<FocusKind> focus,
      Optional<Mark> mark,
      List<String> badges) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("id", "element-" + element.id());
    attributes.put("shape", shape(element.type()));
    Rating variation = element.variation().orElse(Rating.LOW);
    StringBuilder style = new StringBuilder("filled");
    if (variation == Rating.MEDIUM || mark.orElse(null) == Mark.REMOVED) {
      style.append(",dashed");
    }
    attributes.put("style", style.toString());
    attributes.put("fillcolor", theme.fill(element.type()));
    attributes.put("color", theme.border());
    attributes.put("penwidth", borderWidth(variation));
    focus.ifPresent(
        kind -> {
          attributes.put("color", theme.focus(kind));
          attributes.put("peripheries", 2);
        });
    mark.ifPresent(
        m -> {
          attributes.put("color", markColour(m, theme));
          if (m == Mark.REMOVED) {
            attributes.put("fillcolor", theme.palette().background());
            attributes.put("fontcolor", theme.palette().ghost());
          }
        });
    element.url().ifPresent(url -> attributes.put("URL", HtmlText.url(url)));
    attributes.put("label", Label.html(elementLabel(element, theme, mark, badges)));
    minimumWidth(element).ifPresent(width -> attributes.put("width", width));
    return attributes;
  }

  /**
   * Returns a minimum width in inches for the node of an element whose name has wide characters,
   * such as Chinese, Japanese or Korean ones or emoji. The embedded Graphviz has no font with their
   * widths and measures each as a space, so without it the box would be narrower than its name. The
   * estimate takes the name's font size of 12 points, 0.2 inches of margin on each side, and an
   * ellipse's extra width. Names without wide characters get no minimum, and Graphviz sizes their
   * boxes alone.
   */
  static Optional<String> minimumWidth(Element element) {
    if (element.name().codePoints().noneMatch(HtmlText::isWide)) {
      return Optional.empty();
    }
    List<String> lines = HtmlText.plainLines(element.name(), HtmlText.NAME_WIDTH);
    double widest = 0;
    for (String line : lines) {
      double points =
          line.codePoints()
              .mapToDouble(
                  c -> HtmlText.isWide(c) ? WIDE_CHARACTER_POINTS : NARROW_CHARACTER_POINTS)
              .sum();
      widest = Math.max(widest, points);
    }
    double inches = widest / 72 + 0.4;
    if (element.type() == ElementType.NORM) {
      inches *= Math.sqrt(2);
    }
    return Optional.of(String.format(Locale.ROOT, "%.2f", inches));
  }

  static String borderWidth(Rating variation) {
    double width =
        switch (variation) {
          case HIGH -> HIGH_VARIATION_BORDER;
          case MEDIUM -> MEDIUM_VARIATION_BORDER;
          case LOW -> BORDER;
        };
    return Double.toString(width);
  }

  private static String elementLabel(
      Element element, Theme theme, Optional<Mark> mark, List<String> badges) {
    StringBuilder label = new StringBuilder();
    String heading = typeName(element.type()).toUpperCase(java.util.Locale.ROOT);
    label.append(small(HtmlText.escape(heading), null, true)).append("<BR/>");
    String variation = variationMark(element.variation().orElse(Rating.LOW));
    if (!variation.isEmpty()) {
      label.append(small(HtmlText.escape(variation), null, true)).append("<BR/>");
    }
    label.append(HtmlText.wrapped(element.name(), HtmlText.NAME_WIDTH, "<BR/>"));
    if (!badges.isEmpty()) {
      label.append("<BR/>").append(small(HtmlText.escape(String.join("  ", badges)), null, true));
    }
    mark.ifPresent(
        m ->
            label
                .append("<BR/>")
                .append(small(HtmlText.escape(markText(m)), markColour(m, theme), true)));
    return label.toString();
  }

  /** Wraps escaped text in a small font, optionally coloured and bold. */
  static String small(String escaped, String colour, boolean bold) {
    String text = bold ? "<B>" + escaped + "</B>" : escaped;
    String colourAttribute = colour == null ? "" : " COLOR=\"" + colour + "\"";
    return "<FONT POINT-SIZE=\"9\"" + colourAttribute + ">" + text + "</FONT>";
  }

  /** Returns the attributes of one link's edge, without its label. */
  static Map<String, Object> link(LinkType type, Theme theme) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("color", theme.link(type));
    attributes.put("fontcolor", theme.palette().text());
    switch (type) {
      case INFLUENCES -> attributes.put("arrowhead", "normal");
      case DEPENDS_ON -> {
        attributes.put("style", "dashed");
        attributes.put("arrowhead", "normal");
      }
      case FEEDS -> {
        attributes.put("penwidth", "2.2");
        attributes.put("arrowhead", "vee");
      }
      case CONFLICTS_WITH -> {
        attributes.put("penwidth", "1.6");
        attributes.put("arrowhead", "tee");
      }
      case SUPPORTS -> {
        attributes.put("penwidth", "1.6");
        attributes.put("arrowhead", "onormal");
      }
    }
    return attributes;
  }
}
