package org.simap.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.simap.diff.ElementChange;
import org.simap.diff.EntryChange;
import org.simap.diff.FieldChange;
import org.simap.diff.FileDiff;
import org.simap.diff.LinkChange;
import org.simap.diff.MapDiff;
import org.simap.diff.WaiverChange;

/**
 * Writes a map diff as Markdown for a pull-request comment: a heading per changed map, its summary,
 * then one list per section with the changed fields as nested items. Text from the maps is escaped,
 * so that a name cannot add formatting, links or HTML to the comment.
 */
public final class DiffMarkdownWriter implements DiffWriter {

  @Override
  public void write(List<FileDiff> files, PrintWriter out) {
    List<FileDiff> changed =
        files.stream().filter(file -> file.status() != FileDiff.Status.UNCHANGED).toList();
    if (changed.isEmpty()) {
      out.println("No changes to the maps.");
    }
    boolean first = true;
    for (FileDiff file : changed) {
      if (!first) {
        out.println();
      }
      first = false;
      writeFile(file, out);
    }
    out.flush();
  }

  private void writeFile(FileDiff file, PrintWriter out) {
    MapDiff diff = file.diff();
    out.println("### " + code(file.name()) + " (" + file.status().keyword() + ")");
    out.println();
    out.println(
        "Compared "
            + file.oldName().map(DiffMarkdownWriter::code).orElse("nothing")
            + " with "
            + file.newName().map(DiffMarkdownWriter::code).orElse("nothing")
            + ".");
    out.println();
    out.println("**Summary:** " + escape(diff.summary()));

    section(out, "Map", diff.map(), change -> "changed " + field(change));
    if (!diff.levels().isEmpty() || diff.levelOrder().isPresent()) {
      heading(out, "Levels");
      diff.levels().forEach(level -> item(out, entry(level), level.fields()));
      diff.levelOrder()
          .ifPresent(
              order ->
                  out.println(
                      "- reordered: "
                          + escape(String.join(", ", order.oldOrder()))
                          + " → "
                          + escape(String.join(", ", order.newOrder()))));
    }
    String level = null;
    for (ElementChange element : diff.elements()) {
      if (!element.level().equals(level)) {
        level = element.level();
        heading(out, "Level " + code(level));
      }
      item(out, element(element), element.fields());
    }
    section(out, "Links", diff.links(), DiffMarkdownWriter::link);
    section(out, "Challenges", diff.challenges(), DiffMarkdownWriter::entry);
    section(out, "Focus", diff.focus(), DiffMarkdownWriter::entry);
    section(out, "Root causes", diff.rootCauses(), DiffMarkdownWriter::entry);
    section(out, "Subsystems", diff.subsystems(), DiffMarkdownWriter::entry);
    section(out, "Waivers", diff.waivers(), DiffMarkdownWriter::waiver);
  }

  private static void heading(PrintWriter out, String text) {
    out.println();
    out.println("**" + text + "**");
    out.println();
  }

  private static <T> void section(
      PrintWriter out, String heading, List<T> changes, Function<T, String> line) {
    if (changes.isEmpty()) {
      return;
    }
    heading(out, heading);
    for (T change : changes) {
      out.println("- " + line.apply(change));
      fieldsOf(change).forEach(field -> out.println("  - " + field(field)));
    }
  }

  /** Returns the nested field changes of a section entry; the map section has none. */
  private static List<FieldChange> fieldsOf(Object change) {
    if (change instanceof EntryChange entry) {
      return entry.fields();
    }
    if (change instanceof LinkChange link) {
      return link.fields();
    }
    if (change instanceof WaiverChange waiver) {
      return waiver.fields();
    }
    return List.of();
  }

  private static void item(PrintWriter out, String line, List<FieldChange> fields) {
    out.println("- " + line);
    fields.forEach(field -> out.println("  - " + field(field)));
  }

  private static String entry(EntryChange entry) {
    return entry.kind().keyword() + " " + code(entry.id()) + " " + escape(entry.name());
  }

  private static String element(ElementChange element) {
    StringBuilder line = new StringBuilder();
    line.append(element.kind().keyword()).append(' ').append(element.type().keyword());
    line.append(' ').append(code(element.id())).append(' ').append(escape(element.name()));
    element.oldLevel().ifPresent(from -> line.append(", from ").append(code(from)));
    element.oldId().ifPresent(from -> line.append(", was ").append(code(from)));
    return line.toString();
  }

  private static String link(LinkChange link) {
    return link.kind().keyword()
        + " "
        + code(link.from())
        + " "
        + link.type().keyword()
        + " "
        + code(link.to());
  }

  private static String waiver(WaiverChange waiver) {
    return waiver.kind().keyword()
        + " "
        + code(waiver.rule())
        + waiver.target().map(target -> " on " + code(target)).orElse(" on the whole map");
  }

  private static String field(FieldChange change) {
    if (change.item()) {
      return change
          .newValue()
          .map(value -> change.field() + ": added " + quote(value))
          .orElseGet(() -> change.field() + ": removed " + quote(change.oldValue().orElseThrow()));
    }
    return change.field() + ": " + value(change.oldValue()) + " → " + value(change.newValue());
  }

  private static String value(Optional<String> value) {
    return value.map(DiffMarkdownWriter::quote).orElse("*none*");
  }

  private static String quote(String value) {
    return "“" + escape(value) + "”";
  }

  /** Writes an id or path as code. Ids cannot hold a backtick; one in a path shows as {@code '}. */
  private static String code(String text) {
    return "`" + text.replace("`", "'") + "`";
  }

  /** Escapes text so that Markdown shows it as written, on one line. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        // '@' too, so that "@team" in a map does not notify anyone in a pull-request comment.
        case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '#', '~', '!', '&', '@' ->
            out.append('\\').append(c);
        case '\n', '\r' -> out.append(' ');
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
