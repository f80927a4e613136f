package org.simap.lint;

import static java.util.Objects.requireNonNull;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.PatternSyntaxException;
import org.simap.io.ConfigReader;
import org.simap.io.ConfigValue;
import org.simap.io.LintConfigFile;
import org.simap.model.Diagnostic;
import org.simap.model.Keyword;
import org.simap.model.SourcePosition;
import org.simap.model.Suggestions;

/**
 * A checked lint configuration: rule settings for every map, and overrides for the maps whose path
 * matches a glob. Globs are matched against the map's path relative to the configuration file's
 * folder, with forward slashes; a glob without a slash matches the file name in any folder.
 */
public final class LintConfig {

  private final Path folder;
  private final List<RuleChange> base;
  private final List<GlobOverride> overrides;

  /** The settings of every map that no glob matches, made once: a run may check 1,000 maps. */
  private final RuleSettings unmatched;

  private static final LintConfig NONE = new LintConfig(Path.of(""), List.of(), List.of());

  private record GlobOverride(String glob, PathMatcher matcher, List<RuleChange> changes) {}

  private LintConfig(Path folder, List<RuleChange> base, List<GlobOverride> overrides) {
    this.folder = folder;
    this.base = List.copyOf(base);
    this.overrides = List.copyOf(overrides);
    this.unmatched = RuleSettings.defaults().apply(this.base);
  }

  /** Returns the configuration used when there is no file: every rule at its default. */
  public static LintConfig none() {
    return NONE;
  }

  /** A checked configuration, or the errors that make it unusable. */
  public record Result(Optional<LintConfig> config, List<Diagnostic> errors) {
    public Result {
      requireNonNull(config, "config");
      errors = List.copyOf(errors);
    }
  }

  /** Reads and checks the configuration file at {@code path}, named {@code name} in messages. */
  public static Result load(Path path, String name) {
    ConfigReader.Result read = ConfigReader.read(path, name);
    if (read.config().isEmpty()) {
      return new Result(Optional.empty(), read.errors());
    }
    Path folder = path.toAbsolutePath().normalize().getParent();
    return check(read.config().get(), folder);
  }

  /** Checks rule ids, levels and options of a configuration file's contents. */
  public static Result check(LintConfigFile file, Path folder) {
    List<Diagnostic> errors = new ArrayList<>();
    List<RuleChange> base = changes(file.rules(), errors);
    List<GlobOverride> overrides = new ArrayList<>();
    for (LintConfigFile.FileOverride override : file.overrides()) {
      String glob = override.files().text();
      try {
        // A glob without a slash names files in any folder, as in .gitignore.
        String pattern = glob.contains("/") ? glob : "**/" + glob;
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
        overrides.add(new GlobOverride(glob, matcher, changes(override.rules(), errors)));
      } catch (PatternSyntaxException e) {
        errors.add(
            error(
                override.files().position(),
                "invalid glob '" + glob + "' in 'files': " + e.getDescription()));
      }
    }
    if (!errors.isEmpty()) {
      return new Result(Optional.empty(), errors);
    }
    return new Result(Optional.of(new LintConfig(folder, base, overrides)), List.of());
  }

  /**
   * Returns the settings for one map.
   *
   * @param map the map's path, absolute or relative to the working folder, or the name given to
   *     standard input
   */
  public RuleSettings settingsFor(Path map) {
    RuleSettings settings = unmatched;
    String relative = relative(map);
    Path forMatching = Path.of(relative);
    Path withFolder = Path.of("_").resolve(forMatching);
    for (GlobOverride override : overrides) {
      // "**/" needs at least one folder in front, so names at the top are matched with one added.
      if (override.matcher().matches(forMatching) || override.matcher().matches(withFolder)) {
        settings = settings.apply(override.changes());
      }
    }
    return settings;
  }

  /**
   * Returns the settings for the map named {@code name} in the working folder. The name is made a
   * path only when a glob needs it.
   */
  public RuleSettings settingsFor(Path workingDirectory, String name) {
    return overrides.isEmpty() ? unmatched : settingsFor(workingDirectory.resolve(name));
  }

  private String relative(Path map) {
    Path absolute = map.toAbsolutePath().normalize();
    Path from = folder.toAbsolutePath().normalize();
    Path result = absolute.startsWith(from) ? from.relativize(absolute) : map;
    return result.toString().replace('\\', '/');
  }

  private static List<RuleChange> changes(
      List<LintConfigFile.RuleEntry> entries, List<Diagnostic> errors) {
    List<RuleChange> changes = new ArrayList<>();
    for (LintConfigFile.RuleEntry entry : entries) {
      String id = entry.rule().text();
      Optional<LintRule> rule = Rules.find(id);
      if (rule.isEmpty()) {
        errors.add(
            error(
                entry.rule().position(),
                "unknown rule '"
                    + id
                    + "'"
                    + Suggestions.hint(id, Rules.ids())
                    + "; run 'simap lint --list-rules' to see the rule ids"));
        continue;
      }
      Optional<RuleLevel> level = Optional.empty();
      if (entry.severity().isPresent()) {
        level = level(entry.severity().get(), id, errors);
        if (level.isEmpty()) {
          continue;
        }
      }
      OptionValues options = options(rule.get(), entry.options(), errors);
      changes.add(new RuleChange(rule.get(), level, options));
    }
    return changes;
  }

  private static Optional<RuleLevel> level(
      ConfigValue.Text value, String rule, List<Diagnostic> errors) {
    for (RuleLevel level : RuleLevel.values()) {
      if (level.keyword().equals(value.text())) {
        return Optional.of(level);
      }
    }
    List<String> words = Arrays.stream(RuleLevel.values()).map(Keyword::keyword).toList();
    errors.add(
        error(
            value.position(),
            "invalid severity '"
                + value.text()
                + "' for rule '"
                + rule
                + "'; expected off, error, warning or info"
                + Suggestions.hint(value.text(), words)));
    return Optional.empty();
  }

  private static OptionValues options(
      LintRule rule, List<ConfigValue.Field> fields, List<Diagnostic> errors) {
    OptionValues values = OptionValues.defaults();
    List<String> names = rule.options().stream().map(RuleOption::name).toList();
    for (ConfigValue.Field field : fields) {
      Optional<RuleOption<?>> option =
          rule.options().stream().filter(o -> o.name().equals(field.key())).findFirst();
      if (option.isEmpty()) {
        String expected =
            names.isEmpty()
                ? "; the rule has no options, only 'severity'"
                : Suggestions.hint(field.key(), names).isEmpty()
                    ? "; expected severity, " + String.join(", ", names)
                    : Suggestions.hint(field.key(), names);
        errors.add(
            error(
                field.keyPosition(),
                "unknown option '" + field.key() + "' for rule '" + rule.id() + "'" + expected));
        continue;
      }
      try {
        values = set(values, option.get(), field.value());
      } catch (RuleOption.InvalidValueException e) {
        errors.add(error(e.position(), e.getMessage() + " (rule '" + rule.id() + "')"));
      }
    }
    return values;
  }

  private static <T> OptionValues set(OptionValues values, RuleOption<T> option, ConfigValue value)
      throws RuleOption.InvalidValueException {
    return values.with(option, option.parse(value));
  }

  private static Diagnostic error(SourcePosition at, String message) {
    return Diagnostic.error(at, ConfigReader.RULE, message);
  }
}
