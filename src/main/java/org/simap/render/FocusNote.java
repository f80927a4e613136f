package org.simap.render;

import guru.nidi.graphviz.attribute.Label;
import java.util.LinkedHashMap;
import java.util.Map;
import org.simap.model.Focus;
import org.simap.model.FocusKind;

/** The note that shows one focus entry: its kind, name, status, agency and questions. */
final class FocusNote {

  /** Characters per line of a note: notes are read, not scanned, so they may be wider. */
  static final int WIDTH = 40;

  private static final String LEFT = "<BR ALIGN=\"LEFT\"/>";

  private FocusNote() {}

  static Map<String, Object> attributes(Focus focus, Badges badges, Theme theme) {
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("id", "focus-" + focus.id());
    attributes.put("shape", "note");
    attributes.put("style", "filled");
    attributes.put("fillcolor", theme.palette().noteFill());
    attributes.put("color", theme.focus(focus.kind()));
    attributes.put("penwidth", 1.6);
    attributes.put("label", Label.html(label(focus, badges, theme)));
    return attributes;
  }

  private static String label(Focus focus, Badges badges, Theme theme) {
    StringBuilder label = new StringBuilder();
    String kind = focus.kind() == FocusKind.IMPROVEMENT ? "IMPROVEMENT" : "INVESTIGATE";
    label.append(Styles.small(HtmlText.escape(badges.focus(focus.id()) + "  " + kind), null, true));
    label.append(LEFT);
    label.append("<B>").append(HtmlText.wrapped(focus.name(), WIDTH, "</B>" + LEFT + "<B>"));
    label.append("</B>").append(LEFT);
    StringBuilder facts = new StringBuilder();
    focus.status().ifPresent(status -> facts.append("status: ").append(status.keyword()));
    focus
        .agency()
        .ifPresent(
            agency ->
                facts
                    .append(facts.length() > 0 ? ", " : "")
                    .append("agency: ")
                    .append(agency.keyword()));
    if (facts.length() > 0) {
      label.append(Styles.small(HtmlText.escape(facts.toString()), null, false)).append(LEFT);
    }
    for (String question : focus.questions()) {
      label.append("• ").append(HtmlText.wrapped(question, WIDTH, LEFT + "   ")).append(LEFT);
    }
    return label.toString();
  }
}
