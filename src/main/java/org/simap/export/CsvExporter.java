package org.simap.export;

import java.util.List;
import org.simap.model.Element;
import org.simap.model.Keyword;
import org.simap.model.Level;
import org.simap.model.SystemMap;

/**
 * Writes one row per element as CSV (RFC 4180): a header row, lines ending in CRLF, and a field in
 * double quotes, with inner quotes doubled, when it contains a comma, a quote or a line break.
 * Lists (tags, focus ids) are joined with "; ".
 *
 * <p>A spreadsheet runs a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} as a
 * formula, so a map could make a spreadsheet fetch a web address or run a command when the file is
 * opened. Such cells, and cells starting with a tab or a carriage return, get a leading {@code '},
 * which spreadsheets read as "this is text".
 */
final class CsvExporter implements Exporter {

  static final List<String> HEADER =
      List.of("level", "type", "subsystem", "id", "name", "variation", "owner", "tags", "focus");

  private static final String LINE_END = "\r\n";

  @Override
  public String export(SystemMap map) {
    MapIndex index = new MapIndex(map);
    StringBuilder out = new StringBuilder();
    row(out, HEADER);
    for (Level level : map.levels()) {
      for (Element element : level.elements()) {
        row(
            out,
            List.of(
                level.id(),
                element.type().keyword(),
                element.subsystem().orElse(""),
                element.id(),
                element.name(),
                element.variation().map(Keyword::keyword).orElse(""),
                element.owner().orElse(""),
                String.join("; ", element.tags()),
                String.join("; ", index.focusOf(element.id()))));
      }
    }
    return out.toString();
  }

  private static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(cells.get(i)));
    }
    out.append(LINE_END);
  }

  /** Returns one cell as a CSV field, guarded against formulas and quoted when needed. */
  static String field(String cell) {
    String text = startsLikeFormula(cell) ? "'" + cell : cell;
    boolean quote =
        text.indexOf(',') >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }

  private static boolean startsLikeFormula(String cell) {
    return !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
  }
}
