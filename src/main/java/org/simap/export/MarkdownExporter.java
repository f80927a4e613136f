package org.simap.export;

import static org.simap.export.MarkdownText.escape;
import static org.simap.export.MarkdownText.id;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.simap.model.Challenge;
import org.simap.model.Element;
import org.simap.model.ElementType;
import org.simap.model.Evidence;
import org.simap.model.Focus;
import org.simap.model.FocusKind;
import org.simap.model.Keyword;
import org.simap.model.Level;
import org.simap.model.Link;
import org.simap.model.RootCause;
import org.simap.model.Subsystem;
import org.simap.model.SystemMap;
import org.simap.model.Waiver;

/**
 * Writes a map as a Markdown report for a team meeting, in the order of the method: the problem and
 * its root causes, each level's structures, processes and norms, the links and the challenges
 * across levels, then the analysis. All text from the map is escaped, so it shows as written.
 */
final class MarkdownExporter implements Exporter {

  @Override
  public String export(SystemMap map) {
    Report report = new Report(map);
    report.problem();
    for (int i = 0; i < map.levels().size(); i++) {
      report.level(i + 1, map.levels().get(i));
    }
    report.links();
    report.challenges();
    report.analysis();
    report.waivers();
    return report.text();
  }

  /** The report being written, with the lookups that its sections share. */
  private static final class Report {
    private final SystemMap map;
    private final MapIndex index;
    private final Map<String, String> subsystemNames;
    private final StringBuilder out = new StringBuilder();

    Report(SystemMap map) {
      this.map = map;
      this.index = new MapIndex(map);
      this.subsystemNames =
          map.subsystems().stream().collect(Collectors.toMap(Subsystem::id, Subsystem::name));
    }

    String text() {
      return out.toString();
    }

    void problem() {
      line("# " + escape(map.title()));
      line("");
      line("**Problem:** " + escape(map.problem()));
      map.description().ifPresent(text -> paragraph(escape(text)));
      line("");
      line("## Root causes");
      line("");
      if (map.rootCauses().isEmpty()) {
        line("_None recorded._");
      }
      for (RootCause cause : map.rootCauses()) {
        line("- " + escape(cause.text()) + " (" + id(cause.id()) + ")");
      }
    }

    void level(int number, Level level) {
      line("");
      line("## Level " + number + ": " + escape(level.name()));
      level.description().ifPresent(text -> paragraph(escape(text)));
      for (ElementType type : ElementType.values()) {
        line("");
        line("### " + capitalise(type.plural()));
        line("");
        List<Element> elements = level.elementsOf(type);
        if (elements.isEmpty()) {
          line("_None recorded._");
        }
        for (Element element : elements) {
          element(element);
        }
      }
    }

    private void element(Element element) {
      String head = "- **" + escape(element.name()) + "** (" + id(element.id()) + ")";
      line(head + element.description().map(text -> ": " + escape(text)).orElse(""));
      element.variation().ifPresent(v -> line("  - Variation: " + v.keyword()));
      element.subsystem().ifPresent(s -> line("  - Subsystem: " + escape(subsystemNames.get(s))));
      element.owner().ifPresent(owner -> line("  - Owner: " + escape(owner)));
      if (!element.rootCauses().isEmpty()) {
        line("  - Root causes: " + ids(element.rootCauses()));
      }
      if (!element.tags().isEmpty()) {
        line("  - Tags: " + element.tags().stream().map(MarkdownText::escape).collect(comma()));
      }
      element.url().ifPresent(url -> line("  - More: " + MarkdownText.link(url)));
      if (!element.evidence().isEmpty()) {
        line("  - Evidence:");
        for (Evidence evidence : element.evidence()) {
          line("    - " + escape(evidence.text()) + source(evidence));
        }
      }
    }

    private static String source(Evidence evidence) {
      List<String> parts = new ArrayList<>();
      evidence.source().ifPresent(source -> parts.add(source.keyword()));
      evidence.date().ifPresent(date -> parts.add(date.toString()));
      evidence.url().ifPresent(url -> parts.add(MarkdownText.link(url)));
      return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    void links() {
      if (map.links().isEmpty()) {
        return;
      }
      line("");
      line("## Links between elements");
      line("");
      for (Link link : map.links()) {
        String sentence =
            "- "
                + elementWithLevel(link.from())
                + " "
                + link.type().keyword().replace('-', ' ')
                + " "
                + elementWithLevel(link.to());
        line(sentence + link.label().map(label -> ": " + escape(label)).orElse(""));
      }
    }

    void challenges() {
      line("");
      line("## Challenges across levels");
      line("");
      if (map.challenges().isEmpty()) {
        line("_None recorded._");
      }
      for (int i = 0; i < map.challenges().size(); i++) {
        Challenge challenge = map.challenges().get(i);
        if (i > 0) {
          line("");
        }
        line("### " + escape(challenge.name()) + " (" + id(challenge.id()) + ")");
        challenge.description().ifPresent(text -> paragraph(escape(text)));
        line("");
        line("Appears in:");
        line("");
        for (String element : challenge.elements()) {
          line("- " + elementWithLevel(element));
        }
      }
    }

    void analysis() {
      line("");
      line("## Analysis");
      focusSection("Areas for improvement", FocusKind.IMPROVEMENT);
      focusSection("Questions to investigate", FocusKind.INVESTIGATE);
    }

    private void focusSection(String heading, FocusKind kind) {
      line("");
      line("### " + heading);
      List<Focus> entries = map.focus().stream().filter(f -> f.kind() == kind).toList();
      if (entries.isEmpty()) {
        line("");
        line("_None recorded._");
      }
      for (Focus focus : entries) {
        line("");
        line("#### " + escape(focus.name()) + " (" + id(focus.id()) + ")");
        focus.description().ifPresent(text -> paragraph(escape(text)));
        line("");
        line("- Agency: " + keywordOrDash(focus.agency().map(Keyword::keyword).orElse(null)));
        line("- Status: " + keywordOrDash(focus.status().map(Keyword::keyword).orElse(null)));
        if (!focus.elements().isEmpty()) {
          line(
              "- Elements: "
                  + focus.elements().stream().map(this::elementWithLevel).collect(comma()));
        }
        if (!focus.questions().isEmpty()) {
          line("- Questions:");
          for (String question : focus.questions()) {
            line("  - " + escape(question));
          }
        }
      }
    }

    void waivers() {
      if (map.waivers().isEmpty()) {
        return;
      }
      line("");
      line("## Accepted gaps (waivers)");
      line("");
      for (Waiver waiver : map.waivers()) {
        String scope = waiver.target().map(t -> " for " + id(t)).orElse(" for the whole map");
        String until = waiver.until().map(date -> ", until " + date).orElse("");
        line("- " + escape(waiver.rule()) + scope + until + ": " + escape(waiver.reason()));
      }
    }

    private String elementWithLevel(String elementId) {
      Element element = index.element(elementId);
      return "**" + escape(element.name()) + "** (" + escape(index.levelOf(elementId).name()) + ")";
    }

    private void paragraph(String text) {
      line("");
      line(text);
    }

    private void line(String text) {
      out.append(text).append('\n');
    }

    private static String ids(List<String> ids) {
      return ids.stream().map(MarkdownText::id).collect(comma());
    }

    private static java.util.stream.Collector<CharSequence, ?, String> comma() {
      return Collectors.joining(", ");
    }

    private static String keywordOrDash(String keyword) {
      return keyword == null ? "not set" : keyword;
    }

    private static String capitalise(String word) {
      return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
  }
}
