package org.simap.diff;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import org.simap.model.Evidence;
import org.simap.model.Keyword;

/** Compares field values and writes them as the text that field changes carry. */
final class Fields {

  private Fields() {}

  static void text(List<FieldChange> out, String field, String a, String b) {
    optional(out, field, Optional.of(a), Optional.of(b));
  }

  static void optional(
      List<FieldChange> out, String field, Optional<String> a, Optional<String> b) {
    if (!a.equals(b)) {
      out.add(FieldChange.of(field, a, b));
    }
  }

  static void keyword(
      List<FieldChange> out,
      String field,
      Optional<? extends Keyword> a,
      Optional<? extends Keyword> b) {
    optional(out, field, a.map(Keyword::keyword), b.map(Keyword::keyword));
  }

  /**
   * Compares a list whose order carries no meaning as a set: one change per removed item in the old
   * order, then one per added item in the new order.
   */
  static void items(List<FieldChange> out, String field, List<String> a, List<String> b) {
    Set<String> before = new LinkedHashSet<>(a);
    Set<String> after = new LinkedHashSet<>(b);
    if (before.equals(after)) {
      return;
    }
    for (String item : before) {
      if (!after.contains(item)) {
        out.add(FieldChange.removedItem(field, item));
      }
    }
    for (String item : after) {
      if (!before.contains(item)) {
        out.add(FieldChange.addedItem(field, item));
      }
    }
  }

  /** Writes a piece of evidence as one item: its text, then source, date and address if given. */
  static String evidence(Evidence evidence) {
    StringJoiner details = new StringJoiner(", ", " (", ")").setEmptyValue("");
    evidence.source().map(Keyword::keyword).ifPresent(details::add);
    evidence.date().map(Objects::toString).ifPresent(details::add);
    evidence.url().ifPresent(details::add);
    return evidence.text() + details;
  }
}
