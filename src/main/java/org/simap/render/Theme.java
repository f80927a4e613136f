package org.simap.render;

import org.simap.model.ElementType;
import org.simap.model.FocusKind;
import org.simap.model.Keyword;
import org.simap.model.LinkType;

/**
 * The colours of a picture.
 *
 * <p>The hues are the Okabe–Ito palette (Masataka Okabe and Kei Ito, "Color Universal Design",
 * 2002, revised 2008, https://jfly.uni-koeln.de/color/), chosen so that people with any of the
 * common colour vision deficiencies can tell them apart: sky blue #56B4E9, orange #E69F00, bluish
 * green #009E73, yellow #F0E442, blue #0072B2, vermillion #D55E00 and reddish purple #CC79A7. Fills
 * are these hues mixed with white (light theme) or black (dark theme), so that text on them stays
 * readable. Colour is never the only cue: element types also differ by shape and by the type word
 * in the label, and link types by line style and arrowhead.
 */
public enum Theme implements Keyword {
  LIGHT(
      new Palette(
          "#FFFFFF", "#1A1A1A", "#F4F4F4", "#8C8C8C", "#555555", "#FFFFFF", "#C4E5F7", "#F6DDA6",
          "#A6DDCE", "#4D4D4D", "#CC79A7", "#0072B2", "#D55E00", "#009E73", "#E69F00", "#FBF6C4",
          "#9A9A9A")),
  DARK(
      new Palette(
          "#1E1E1E", "#EEEEEE", "#2A2A2A", "#6E6E6E", "#BBBBBB", "#1E1E1E", "#275169", "#674700",
          "#004734", "#BBBBBB", "#E59AC4", "#56B4E9", "#FF8A3D", "#3FD1A0", "#E69F00", "#4A4618",
          "#777777")),
  /**
   * Black on white for printers: element types differ by shape, label and shades of grey, focus
   * kinds and link types by their badges, line styles and arrowheads.
   */
  PRINT(
      new Palette(
          "#FFFFFF", "#000000", "#FFFFFF", "#000000", "#000000", "#FFFFFF", "#E8E8E8", "#FFFFFF",
          "#C8C8C8", "#000000", "#000000", "#000000", "#000000", "#000000", "#000000", "#FFFFFF",
          "#9A9A9A"));

  /** The colours of one theme, as Graphviz colour strings. */
  record Palette(
      String background,
      String text,
      String levelFill,
      String levelBorder,
      String edge,
      String legendFill,
      String structureFill,
      String processFill,
      String normFill,
      String elementBorder,
      String improvement,
      String investigate,
      String conflicts,
      String supports,
      String changed,
      String noteFill,
      String ghost) {}

  private final Palette palette;

  Theme(Palette palette) {
    this.palette = palette;
  }

  Palette palette() {
    return palette;
  }

  String fill(ElementType type) {
    return switch (type) {
      case STRUCTURE -> palette.structureFill();
      case PROCESS -> palette.processFill();
      case NORM -> palette.normFill();
    };
  }

  /**
   * Returns the neutral element border, because coloured borders mark focus entries and changes.
   */
  String border() {
    return palette.elementBorder();
  }

  String focus(FocusKind kind) {
    return kind == FocusKind.IMPROVEMENT ? palette.improvement() : palette.investigate();
  }

  String link(LinkType type) {
    return switch (type) {
      case CONFLICTS_WITH -> palette.conflicts();
      case SUPPORTS -> palette.supports();
      default -> palette.edge();
    };
  }

  /** Returns the word used on the command line, which picocli also shows in help. */
  @Override
  public String toString() {
    return keyword();
  }
}
