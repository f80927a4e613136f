package org.simap.export;

import org.simap.model.SystemMap;
import org.simap.render.DotWriter;
import org.simap.render.RenderOptions;

/**
 * Writes the Graphviz DOT source of a map's picture: the same text as {@code simap render --format
 * dot} with the default options, for laying out or editing with other Graphviz tools.
 */
public final class DotExporter implements Exporter {

  @Override
  public String export(SystemMap map) {
    return DotWriter.write(map, RenderOptions.defaults());
  }
}
