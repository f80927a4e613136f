package org.simap.report;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.simap.lint.Coverage;
import org.simap.model.ElementType;

/**
 * Prints a map's coverage as plain-text tables: levels down, element types across, and a second
 * table by subsystem when the map declares subsystems. Empty cells show as "-" so gaps stand out.
 */
public final class CoverageTable {

  static final String EMPTY = "-";

  private CoverageTable() {}

  public static void write(Coverage coverage, PrintWriter out) {
    out.println("coverage of " + coverage.file() + ":");
    List<String> header = new ArrayList<>(List.of("level"));
    for (ElementType type : ElementType.values()) {
      header.add(type.plural());
    }
    header.add("total");
    List<List<String>> rows = new ArrayList<>();
    for (Coverage.Row row : coverage.rows()) {
      List<String> cells = new ArrayList<>(List.of(row.level()));
      row.byType().forEach(count -> cells.add(cell(count)));
      cells.add(cell(row.total()));
      rows.add(cells);
    }
    table(header, rows, out);
    if (!coverage.subsystems().isEmpty()) {
      out.println();
      List<String> bySubsystem = new ArrayList<>(List.of("level"));
      bySubsystem.addAll(coverage.subsystems());
      List<List<String>> subsystemRows = new ArrayList<>();
      for (Coverage.Row row : coverage.rows()) {
        List<String> cells = new ArrayList<>(List.of(row.level()));
        row.bySubsystem().forEach(count -> cells.add(cell(count)));
        subsystemRows.add(cells);
      }
      table(bySubsystem, subsystemRows, out);
    }
    out.println();
    out.flush();
  }

  private static String cell(int count) {
    return count == 0 ? EMPTY : Integer.toString(count);
  }

  /** Prints rows with the first column left-aligned and the others right-aligned. */
  private static void table(List<String> header, List<List<String>> rows, PrintWriter out) {
    int[] widths = new int[header.size()];
    List<List<String>> all = new ArrayList<>();
    all.add(header);
    all.addAll(rows);
    for (List<String> row : all) {
      for (int i = 0; i < row.size(); i++) {
        widths[i] = Math.max(widths[i], row.get(i).length());
      }
    }
    for (List<String> row : all) {
      StringBuilder line = new StringBuilder();
      for (int i = 0; i < row.size(); i++) {
        String value = row.get(i);
        String padding = " ".repeat(widths[i] - value.length());
        if (i == 0) {
          line.append(value).append(padding);
        } else {
          line.append("  ").append(padding).append(value);
        }
      }
      out.println(line.toString().stripTrailing());
    }
  }
}
