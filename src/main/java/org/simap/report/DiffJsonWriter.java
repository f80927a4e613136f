package org.simap.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.function.Function;
import org.simap.diff.ElementChange;
import org.simap.diff.EntryChange;
import org.simap.diff.FieldChange;
import org.simap.diff.FileDiff;
import org.simap.diff.LinkChange;
import org.simap.diff.MapDiff;
import org.simap.diff.WaiverChange;

/**
 * Writes a map diff as one JSON object, laid out as docs/diff.md documents. Keys keep a fixed order
 * and each change is one line, so that two runs on the same maps give the same bytes.
 */
public final class DiffJsonWriter implements DiffWriter {

  /** The version of the layout; raised only when a field changes meaning or goes away. */
  public static final int SCHEMA_VERSION = 1;

  @Override
  public void write(List<FileDiff> files, PrintWriter out) {
    boolean different = files.stream().anyMatch(f -> f.status() != FileDiff.Status.UNCHANGED);
    out.println("{");
    out.println("  \"tool\": \"simap\",");
    out.println("  \"command\": \"diff\",");
    out.println("  \"version\": " + SCHEMA_VERSION + ",");
    out.println("  \"different\": " + different + ",");
    out.print("  \"files\": [");
    for (int i = 0; i < files.size(); i++) {
      out.print(i == 0 ? "\n" : ",\n");
      writeFile(files.get(i), out);
    }
    out.println(files.isEmpty() ? "]" : "\n  ]");
    out.println("}");
    out.flush();
  }

  private void writeFile(FileDiff file, PrintWriter out) {
    MapDiff diff = file.diff();
    out.println("    {");
    out.println("      \"old\": " + string(file.oldName()) + ",");
    out.println("      \"new\": " + string(file.newName()) + ",");
    out.println("      \"status\": " + Json.quote(file.status().keyword()) + ",");
    out.println("      \"summary\": " + Json.quote(diff.summary()) + ",");
    list(out, "map", diff.map(), DiffJsonWriter::field, false);
    list(out, "levels", diff.levels(), DiffJsonWriter::entry, false);
    out.println(
        "      \"level_order\": "
            + diff.levelOrder()
                .map(
                    o ->
                        "{\"old\": "
                            + strings(o.oldOrder())
                            + ", \"new\": "
                            + strings(o.newOrder())
                            + "}")
                .orElse("null")
            + ",");
    list(out, "elements", diff.elements(), DiffJsonWriter::element, false);
    list(out, "links", diff.links(), DiffJsonWriter::link, false);
    list(out, "challenges", diff.challenges(), DiffJsonWriter::entry, false);
    list(out, "focus", diff.focus(), DiffJsonWriter::entry, false);
    list(out, "root_causes", diff.rootCauses(), DiffJsonWriter::entry, false);
    list(out, "subsystems", diff.subsystems(), DiffJsonWriter::entry, false);
    list(out, "waivers", diff.waivers(), DiffJsonWriter::waiver, true);
    out.print("    }");
  }

  private static <T> void list(
      PrintWriter out, String key, List<T> items, Function<T, String> object, boolean last) {
    out.print("      " + Json.quote(key) + ": [");
    for (int i = 0; i < items.size(); i++) {
      out.print(i == 0 ? "\n" : ",\n");
      out.print("        " + object.apply(items.get(i)));
    }
    out.print(items.isEmpty() ? "]" : "\n      ]");
    out.println(last ? "" : ",");
  }

  private static String field(FieldChange change) {
    return "{\"field\": "
        + Json.quote(change.field())
        + ", \"old\": "
        + string(change.oldValue())
        + ", \"new\": "
        + string(change.newValue())
        + ", \"item\": "
        + change.item()
        + "}";
  }

  private static String fields(List<FieldChange> fields) {
    StringJoiner joined = new StringJoiner(", ", "[", "]");
    fields.forEach(change -> joined.add(field(change)));
    return joined.toString();
  }

  private static String entry(EntryChange entry) {
    return "{\"change\": "
        + Json.quote(entry.kind().keyword())
        + ", \"id\": "
        + Json.quote(entry.id())
        + ", \"name\": "
        + Json.quote(entry.name())
        + ", \"fields\": "
        + fields(entry.fields())
        + "}";
  }

  private static String element(ElementChange element) {
    return "{\"change\": "
        + Json.quote(element.kind().keyword())
        + ", \"id\": "
        + Json.quote(element.id())
        + ", \"old_id\": "
        + string(element.oldId())
        + ", \"type\": "
        + Json.quote(element.type().keyword())
        + ", \"name\": "
        + Json.quote(element.name())
        + ", \"level\": "
        + Json.quote(element.level())
        + ", \"old_level\": "
        + string(element.oldLevel())
        + ", \"fields\": "
        + fields(element.fields())
        + "}";
  }

  private static String link(LinkChange link) {
    return "{\"change\": "
        + Json.quote(link.kind().keyword())
        + ", \"from\": "
        + Json.quote(link.from())
        + ", \"to\": "
        + Json.quote(link.to())
        + ", \"type\": "
        + Json.quote(link.type().keyword())
        + ", \"fields\": "
        + fields(link.fields())
        + "}";
  }

  private static String waiver(WaiverChange waiver) {
    return "{\"change\": "
        + Json.quote(waiver.kind().keyword())
        + ", \"rule\": "
        + Json.quote(waiver.rule())
        + ", \"target\": "
        + string(waiver.target())
        + ", \"fields\": "
        + fields(waiver.fields())
        + "}";
  }

  private static String string(Optional<String> value) {
    return value.map(Json::quote).orElse("null");
  }

  private static String strings(List<String> values) {
    StringJoiner joined = new StringJoiner(", ", "[", "]");
    values.forEach(value -> joined.add(Json.quote(value)));
    return joined.toString();
  }
}
