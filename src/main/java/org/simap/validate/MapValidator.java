package org.simap.validate;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.simap.io.LoadResult;
import org.simap.io.MapLoader;
import org.simap.io.MapSource;
import org.simap.model.Challenge;
import org.simap.model.Diagnostic;
import org.simap.model.Element;
import org.simap.model.Focus;
import org.simap.model.Level;
import org.simap.model.Link;
import org.simap.model.Positions;
import org.simap.model.RootCause;
import org.simap.model.Severity;
import org.simap.model.SourcePosition;
import org.simap.model.Subsystem;
import org.simap.model.Suggestions;
import org.simap.model.SystemMap;
import org.simap.model.Waiver;

/**
 * Checks what the file's shape alone cannot show: that ids are well formed and unique across the
 * map, and that every reference names an entry of the right kind.
 */
public final class MapValidator {

  public static final String INVALID_ID = "invalid-id";
  public static final String DUPLICATE_ID = "duplicate-id";
  public static final String UNKNOWN_REFERENCE = "unknown-reference";

  /** Lowercase letters, digits and hyphens, starting with a letter or digit. */
  public static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");

  /** The kinds of entry a waiver may target: the ones lint findings are about. */
  private static final Set<String> WAIVER_TARGETS =
      Set.of("level", "element", "challenge", "focus entry");

  /** The number of unknown references per map that get a "did you mean" hint. */
  private static final int MAX_HINTS = 100;

  private MapValidator() {}

  /**
   * Returns whether the text is a valid id, as {@link #ID} defines it. Checked by hand because it
   * runs for every entry of every map.
   */
  static boolean isId(String id) {
    if (id.isEmpty()) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      boolean valid = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && i > 0;
      if (!valid) {
        return false;
      }
    }
    return true;
  }

  /** Loads and validates one map. Never throws for bad content. */
  public static CheckedMap check(MapSource source) {
    LoadResult loaded = MapLoader.load(source);
    List<Diagnostic> diagnostics = new ArrayList<>(loaded.diagnostics());
    loaded.map().ifPresent(map -> diagnostics.addAll(new Checks(map).run()));
    boolean valid =
        loaded.map().isPresent()
            && diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR);
    return new CheckedMap(source.name(), valid ? loaded.map() : Optional.empty(), diagnostics);
  }

  /** The checks of one map, sharing its id index. */
  private static final class Checks {
    private final SystemMap map;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Map<String, Declared> ids = new LinkedHashMap<>();
    private int hintsGiven;

    Checks(SystemMap map) {
      this.map = map;
    }

    /** One id, the kind of entry that declared it, and where. */
    private record Declared(String kind, Positions positions) {}

    List<Diagnostic> run() {
      for (RootCause cause : map.rootCauses()) {
        declare(cause.id(), "root cause", cause.positions());
      }
      for (Subsystem subsystem : map.subsystems()) {
        declare(subsystem.id(), "subsystem", subsystem.positions());
      }
      for (Level level : map.levels()) {
        declare(level.id(), "level", level.positions());
        for (Element element : level.elements()) {
          declare(element.id(), "element", element.positions());
        }
      }
      for (Challenge challenge : map.challenges()) {
        declare(challenge.id(), "challenge", challenge.positions());
      }
      for (Focus focus : map.focus()) {
        declare(focus.id(), "focus entry", focus.positions());
      }
      checkReferences();
      return diagnostics;
    }

    private void declare(String id, String kind, Positions positions) {
      if (id.isEmpty()) {
        return; // Already reported as a missing field.
      }
      if (!isId(id)) {
        diagnostics.add(
            Diagnostic.error(
                positions.of("id"),
                INVALID_ID,
                "invalid id '"
                    + id
                    + "' for "
                    + withArticle(kind)
                    + "; ids use lowercase letters, digits and hyphens, such as '"
                    + suggestId(id)
                    + "'"));
      }
      Declared first = ids.putIfAbsent(id, new Declared(kind, positions));
      if (first != null) {
        SourcePosition earlier = first.positions().of("id");
        diagnostics.add(
            Diagnostic.error(
                positions.of("id"),
                DUPLICATE_ID,
                "duplicate id '"
                    + id
                    + "': "
                    + withArticle(first.kind())
                    + " at line "
                    + earlier.line()
                    + ", column "
                    + earlier.column()
                    + " has it too; ids must be unique across the map"));
      }
    }

    /**
     * Reports each reference to an id that is not declared, or declared by another kind of entry.
     * The words that name the referring entry are built only for a report, as most references
     * resolve.
     */
    private void checkReferences() {
      for (Level level : map.levels()) {
        for (Element element : level.elements()) {
          Optional<String> subsystem = element.subsystem();
          if (subsystem.isPresent() && !resolves(subsystem.get(), "subsystem")) {
            refer(
                subsystem.get(),
                "subsystem",
                "element '" + element.id() + "'",
                element.positions().of("subsystem"));
          }
          List<String> causes = element.rootCauses();
          for (int i = 0; i < causes.size(); i++) {
            if (!resolves(causes.get(i), "root cause")) {
              refer(
                  causes.get(i),
                  "root cause",
                  "element '" + element.id() + "'",
                  element.positions().item("root_causes", i));
            }
          }
        }
      }
      for (Link link : map.links()) {
        if (!link.from().isEmpty() && !resolves(link.from(), "element")) {
          refer(link.from(), "element", describe(link), link.positions().of("from"));
        }
        if (!link.to().isEmpty() && !resolves(link.to(), "element")) {
          refer(link.to(), "element", describe(link), link.positions().of("to"));
        }
      }
      for (Challenge challenge : map.challenges()) {
        List<String> elements = challenge.elements();
        for (int i = 0; i < elements.size(); i++) {
          if (!resolves(elements.get(i), "element")) {
            refer(
                elements.get(i),
                "element",
                "challenge '" + challenge.id() + "'",
                challenge.positions().item("elements", i));
          }
        }
      }
      for (Focus focus : map.focus()) {
        List<String> elements = focus.elements();
        for (int i = 0; i < elements.size(); i++) {
          if (!resolves(elements.get(i), "element")) {
            refer(
                elements.get(i),
                "element",
                "focus entry '" + focus.id() + "'",
                focus.positions().item("elements", i));
          }
        }
      }
      for (Waiver waiver : map.waivers()) {
        waiver
            .target()
            .ifPresent(
                target -> {
                  Declared declared = ids.get(target);
                  if (declared != null && !WAIVER_TARGETS.contains(declared.kind())) {
                    diagnostics.add(
                        Diagnostic.error(
                            waiver.positions().of("target"),
                            UNKNOWN_REFERENCE,
                            "waiver for '"
                                + waiver.rule()
                                + "' targets '"
                                + target
                                + "', which is "
                                + withArticle(declared.kind())
                                + "; a waiver targets a level, an element, a challenge or a focus"
                                + " entry, or the whole map when 'target' is left out"));
                  } else if (declared == null) {
                    diagnostics.add(
                        Diagnostic.error(
                            waiver.positions().of("target"),
                            UNKNOWN_REFERENCE,
                            "waiver for '"
                                + waiver.rule()
                                + "' targets unknown id '"
                                + target
                                + "'"
                                + hint(target, WAIVER_TARGETS)));
                  }
                });
      }
    }

    private static String describe(Link link) {
      return "link '" + link.from() + "' → '" + link.to() + "'";
    }

    private boolean resolves(String id, String kind) {
      Declared declared = ids.get(id);
      return declared != null && declared.kind().equals(kind);
    }

    /** Reports a reference that {@link #resolves} found wrong. */
    private void refer(String id, String kind, String from, SourcePosition at) {
      Declared declared = ids.get(id);
      if (declared == null) {
        diagnostics.add(
            Diagnostic.error(
                at,
                UNKNOWN_REFERENCE,
                from + " refers to unknown " + kind + " '" + id + "'" + hint(id, kind)));
      } else if (!declared.kind().equals(kind)) {
        diagnostics.add(
            Diagnostic.error(
                at,
                UNKNOWN_REFERENCE,
                from
                    + " refers to '"
                    + id
                    + "', which is "
                    + withArticle(declared.kind())
                    + ", not "
                    + withArticle(kind)));
      }
    }

    /**
     * Returns a "did you mean" hint among the valid ids of the given kinds. Only the first {@link
     * #MAX_HINTS} unknown references get one, because each costs a pass over every id and a map
     * with thousands of broken references would otherwise take minutes.
     */
    private String hint(String id, Set<String> kinds) {
      if (hintsGiven++ >= MAX_HINTS) {
        return "";
      }
      List<String> candidates = new ArrayList<>();
      ids.forEach(
          (key, declared) -> {
            if (kinds.contains(declared.kind()) && isId(key)) {
              candidates.add(key);
            }
          });
      return Suggestions.hint(id, candidates);
    }

    private String hint(String id, String kind) {
      return hint(id, Set.of(kind));
    }

    private static String withArticle(String kind) {
      return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
    }

    private static String suggestId(String id) {
      String cleaned =
          java.text.Normalizer.normalize(id, java.text.Normalizer.Form.NFKD)
              .replaceAll("\\p{M}+", "")
              .toLowerCase(java.util.Locale.ROOT)
              .replaceAll("[^a-z0-9]+", "-")
              .replaceAll("^-+|-+$", "");
      return cleaned.isEmpty() ? "my-id" : cleaned;
    }
  }
}
