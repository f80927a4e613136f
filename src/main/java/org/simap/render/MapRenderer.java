package org.simap.render;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.simap.model.Element;
import org.simap.model.SystemMap;
import org.simap.render.engine.LayoutEngine;
import org.simap.render.engine.OutputFormat;
import org.simap.render.engine.RenderException;
import org.simap.render.engine.Rendered;

/**
 * Draws a map: writes its picture as DOT, has a layout engine render it, and checks an SVG before
 * anyone opens it.
 */
public final class MapRenderer {

  private final LayoutEngine engine;
  private final Duration timeout;

  public MapRenderer(LayoutEngine engine, Duration timeout) {
    this.engine = engine;
    this.timeout = timeout;
  }

  /** The bytes of one picture, and the warnings Graphviz printed while drawing it. */
  public record Picture(byte[] content, List<String> warnings) {
    public Picture {
      content = content.clone();
      warnings = List.copyOf(warnings);
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  /**
   * Draws a map in one format. {@link RenderFormat#DOT} needs no engine.
   *
   * @throws RenderException if the engine fails, times out or cannot produce the format, or if it
   *     returns an SVG that is not well-formed or contains scripts or other active content
   */
  public Picture render(SystemMap map, RenderOptions options, RenderFormat format)
      throws RenderException {
    String dot = DotWriter.write(map, options);
    if (format == RenderFormat.DOT) {
      return new Picture(dot.getBytes(UTF_8), List.of());
    }
    Rendered rendered = engine.render(dot, outputFormat(format), timeout);
    if (format != RenderFormat.SVG) {
      return new Picture(rendered.content(), rendered.warnings());
    }
    Map<String, Element> elements =
        map.elements().collect(Collectors.toMap(Element::id, Function.identity(), (a, b) -> a));
    try {
      byte[] svg = SvgDocument.finish(rendered.content(), elements, map.title());
      return new Picture(svg, rendered.warnings());
    } catch (SvgDocument.InvalidSvgException e) {
      throw new RenderException(
          "rejected the SVG from "
              + engine.description()
              + " because "
              + e.getMessage()
              + "; nothing was written. This is a bug in simap or Graphviz: render with the"
              + " other engine (--engine embedded or --engine dot) and report it");
    }
  }

  private static OutputFormat outputFormat(RenderFormat format) {
    return switch (format) {
      case SVG -> OutputFormat.SVG;
      case PNG -> OutputFormat.PNG;
      case PDF -> OutputFormat.PDF;
      case DOT -> throw new IllegalArgumentException("DOT needs no layout engine");
    };
  }
}
