package org.simap.report;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.simap.diff.ChangeKind;
import org.simap.diff.ElementChange;
import org.simap.diff.EntryChange;
import org.simap.diff.FieldChange;
import org.simap.diff.FileDiff;
import org.simap.diff.LinkChange;
import org.simap.diff.MapDiff;
import org.simap.diff.WaiverChange;

/**
 * Writes a map diff for people: per file a {@code ---}/{@code +++} header and the summary, then the
 * changes by section, with element changes under their level. Each changed entry starts with a mark
 * ({@code +} added, {@code -} removed, {@code ~} changed, {@code →} moved or renamed) and lists its
 * changed fields below it. Unchanged files are left out, so two maps that mean the same give no
 * output at all.
 */
public final class DiffTextWriter implements DiffWriter {

  private static final String ENTRY = "  ";
  private static final String FIELD = "      ";

  private final Style style;

  public DiffTextWriter(Style style) {
    this.style = style;
  }

  @Override
  public void write(List<FileDiff> files, PrintWriter out) {
    boolean first = true;
    for (FileDiff file : files) {
      if (file.status() == FileDiff.Status.UNCHANGED) {
        continue;
      }
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
    out.println(style.bold("--- " + file.oldName().orElse("(none)")));
    out.println(style.bold("+++ " + file.newName().orElse("(none)")));
    out.println("summary: " + diff.summary());

    section(
        out,
        "map",
        diff.map(),
        change -> out.println(ENTRY + mark(ChangeKind.CHANGED) + " " + field(change)));

    if (!diff.levels().isEmpty() || diff.levelOrder().isPresent()) {
      out.println(style.bold("levels"));
      diff.levels().forEach(level -> entry(out, level));
      diff.levelOrder()
          .ifPresent(
              order ->
                  out.println(
                      ENTRY
                          + mark(ChangeKind.CHANGED)
                          + " order: "
                          + String.join(", ", order.oldOrder())
                          + " → "
                          + String.join(", ", order.newOrder())));
    }

    String level = null;
    for (ElementChange element : diff.elements()) {
      if (!element.level().equals(level)) {
        level = element.level();
        out.println(style.bold("level " + level));
      }
      element(out, element);
    }

    section(out, "links", diff.links(), link -> link(out, link));
    section(out, "challenges", diff.challenges(), entry -> entry(out, entry));
    section(out, "focus", diff.focus(), entry -> entry(out, entry));
    section(out, "root causes", diff.rootCauses(), entry -> entry(out, entry));
    section(out, "subsystems", diff.subsystems(), entry -> entry(out, entry));
    section(out, "waivers", diff.waivers(), waiver -> waiver(out, waiver));
  }

  private <T> void section(PrintWriter out, String heading, List<T> changes, Consumer<T> line) {
    if (changes.isEmpty()) {
      return;
    }
    out.println(style.bold(heading));
    changes.forEach(line);
  }

  private void entry(PrintWriter out, EntryChange entry) {
    out.println(ENTRY + mark(entry.kind()) + " " + entry.id() + " " + quote(entry.name()));
    fields(out, entry.fields());
  }

  private void element(PrintWriter out, ElementChange element) {
    StringBuilder line = new StringBuilder(ENTRY);
    line.append(mark(element.kind())).append(' ');
    line.append(element.type().keyword()).append(' ').append(element.id());
    line.append(' ').append(quote(element.name()));
    element.oldLevel().ifPresent(from -> line.append(" moved from ").append(from));
    element.oldId().ifPresent(from -> line.append(" renamed from ").append(from));
    out.println(line);
    fields(out, element.fields());
  }

  private void link(PrintWriter out, LinkChange link) {
    out.println(
        ENTRY
            + mark(link.kind())
            + " "
            + link.from()
            + " "
            + link.type().keyword()
            + " "
            + link.to());
    fields(out, link.fields());
  }

  private void waiver(PrintWriter out, WaiverChange waiver) {
    out.println(
        ENTRY
            + mark(waiver.kind())
            + " "
            + waiver.rule()
            + waiver.target().map(target -> " on " + target).orElse(" on the whole map"));
    fields(out, waiver.fields());
  }

  private void fields(PrintWriter out, List<FieldChange> fields) {
    for (FieldChange change : fields) {
      out.println(FIELD + field(change));
    }
  }

  /**
   * Formats a field change as {@code field: 'old' → 'new'}, or a list item as {@code field: +
   * 'item'}.
   */
  static String field(FieldChange change) {
    if (change.item()) {
      return change.field()
          + ": "
          + change
              .newValue()
              .map(value -> "+ " + quote(value))
              .orElseGet(() -> "- " + quote(change.oldValue().orElseThrow()));
    }
    return change.field() + ": " + value(change.oldValue()) + " → " + value(change.newValue());
  }

  private static String value(Optional<String> value) {
    return value.map(DiffTextWriter::quote).orElse("(none)");
  }

  /** Quotes a text value on one line: line breaks show as {@code \n}. */
  static String quote(String value) {
    return "'" + value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n") + "'";
  }

  private String mark(ChangeKind kind) {
    String mark = kind.mark();
    return switch (kind) {
      case ADDED -> style.green(mark);
      case REMOVED -> style.red(mark);
      case CHANGED -> style.yellow(mark);
      case MOVED, RENAMED -> style.cyan(mark);
    };
  }
}
