package org.simap.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.simap.model.Diagnostic;
import org.simap.model.SourcePosition;
import org.simap.model.Suggestions;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Reads the lint configuration file {@code .simap.yaml}: YAML with the same limits as a map, the
 * keys {@code rules} and {@code overrides}, and every value kept with its position.
 */
public final class ConfigReader {

  /** The name of the configuration file that lint looks for beside and above each map. */
  public static final String FILE_NAME = ".simap.yaml";

  /** The rule id of every problem in a configuration file. */
  public static final String RULE = "config";

  /**
   * The most values read from one file. YAML aliases can make a small file stand for a huge tree,
   * so the walk stops here; a real configuration has a few dozen values.
   */
  private static final int MAX_VALUES = 10_000;

  private static final List<String> TOP_FIELDS = List.of("rules", "overrides");
  private static final List<String> OVERRIDE_FIELDS = List.of("files", "rules");

  /** The configuration as far as it could be read, and every problem found in it. */
  public record Result(Optional<LintConfigFile> config, List<Diagnostic> errors) {
    public Result {
      errors = List.copyOf(errors);
    }
  }

  private final String file;
  private final List<Diagnostic> errors = new ArrayList<>();
  private int values;

  private ConfigReader(String file) {
    this.file = file;
  }

  /**
   * Finds the configuration file for a map in {@code folder}: the nearest {@code .simap.yaml} in
   * the folder or above it, searching no higher than the first folder that contains {@code .git}.
   */
  public static Optional<Path> find(Path folder) {
    for (Path at = folder.toAbsolutePath().normalize(); at != null; at = at.getParent()) {
      Path candidate = at.resolve(FILE_NAME);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
      if (Files.exists(at.resolve(".git"))) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** Reads a configuration file; {@code name} is how messages refer to it. */
  public static Result read(Path path, String name) {
    if (Files.isDirectory(path)) {
      return failed(name, "is a folder; give the path of a configuration file such as .simap.yaml");
    }
    try {
      if (Files.size(path) > Limits.MAX_FILE_BYTES) {
        return failed(name, "configuration file is larger than 32 MiB");
      }
      return read(new MapSource(name, Files.readAllBytes(path)));
    } catch (NoSuchFileException e) {
      return failed(name, "configuration file not found; check the path");
    } catch (AccessDeniedException e) {
      return failed(name, "permission denied; check the file's permissions");
    } catch (IOException e) {
      return failed(name, "could not read the configuration file: " + e.getMessage());
    }
  }

  /** Reads configuration text. Never throws for bad content: every problem becomes an error. */
  public static Result read(MapSource source) {
    ConfigReader reader = new ConfigReader(source.name());
    try {
      YamlDocuments.Parsed parsed = YamlDocuments.parse(source.name(), TextDecoder.decode(source));
      List<Node> documents = parsed.documents();
      if (documents.size() > 1) {
        reader.error(
            Entry.position(source.name(), documents.get(1)),
            "configuration file contains "
                + documents.size()
                + " YAML documents; keep one and remove the '---' separators");
      }
      if (documents.isEmpty() || Entry.isNull(documents.get(0))) {
        // An empty file is a valid configuration that changes nothing.
        return reader.result(new LintConfigFile(source.name(), List.of(), List.of()));
      }
      if (parsed.explicitTags()) {
        Tags.check(source.name(), documents.get(0), reader.errors);
      }
      return reader.result(reader.top(documents.get(0)));
    } catch (TextDecoder.DecodeException e) {
      reader.errors.add(e.diagnostic());
    } catch (YamlDocuments.YamlException e) {
      reader.errors.add(e.diagnostic());
    } catch (TooManyValuesException e) {
      reader.error(
          e.position,
          "configuration has more than "
              + MAX_VALUES
              + " values; write it without repeated aliases");
    }
    return reader.result(null);
  }

  private static Result failed(String name, String message) {
    return new Result(
        Optional.empty(), List.of(Diagnostic.error(SourcePosition.wholeFile(name), RULE, message)));
  }

  private Result result(LintConfigFile config) {
    // The errors carry the rule ids of the YAML checks too; they all count as configuration errors.
    return new Result(errors.isEmpty() ? Optional.ofNullable(config) : Optional.empty(), errors);
  }

  private LintConfigFile top(Node root) {
    Map<String, ConfigValue> fields = fields(root, "the configuration", TOP_FIELDS);
    List<LintConfigFile.RuleEntry> rules = rules(fields.get("rules"), "'rules'");
    List<LintConfigFile.FileOverride> overrides = new ArrayList<>();
    ConfigValue overrideList = fields.get("overrides");
    if (overrideList instanceof ConfigValue.Items items) {
      for (ConfigValue item : items.items()) {
        override(item).ifPresent(overrides::add);
      }
    } else if (overrideList != null) {
      error(
          overrideList.position(),
          "'overrides' must be a list of {files, rules} entries, found " + overrideList.describe());
    }
    return new LintConfigFile(file, rules, overrides);
  }

  private Optional<LintConfigFile.FileOverride> override(ConfigValue item) {
    if (!(item instanceof ConfigValue.Fields entry)) {
      error(
          item.position(),
          "each entry of 'overrides' must be a mapping with 'files' and 'rules', found "
              + item.describe());
      return Optional.empty();
    }
    for (ConfigValue.Field field : entry.fields()) {
      if (!OVERRIDE_FIELDS.contains(field.key())) {
        unknownKey(field, "an override", OVERRIDE_FIELDS);
      }
    }
    Optional<ConfigValue> files = entry.get("files");
    if (files.isEmpty()) {
      error(
          entry.position(),
          "override is missing required field 'files' (a glob such as 'drafts/**')");
      return Optional.empty();
    }
    if (!(files.get() instanceof ConfigValue.Text glob) || glob.text().isBlank()) {
      error(
          files.get().position(),
          "'files' in an override must be a glob such as 'drafts/**', found "
              + files.get().describe());
      return Optional.empty();
    }
    if (entry.get("rules").isEmpty()) {
      error(entry.position(), "override is missing required field 'rules'");
    }
    return Optional.of(
        new LintConfigFile.FileOverride(
            glob, rules(entry.get("rules").orElse(null), "'rules' of an override")));
  }

  private List<LintConfigFile.RuleEntry> rules(ConfigValue value, String what) {
    List<LintConfigFile.RuleEntry> rules = new ArrayList<>();
    if (value == null) {
      return rules;
    }
    if (!(value instanceof ConfigValue.Fields fields)) {
      error(
          value.position(),
          what + " must be a mapping of rule ids to settings, found " + value.describe());
      return rules;
    }
    for (ConfigValue.Field field : fields.fields()) {
      ConfigValue.Text rule = new ConfigValue.Text(field.key(), field.keyPosition());
      if (field.value() instanceof ConfigValue.Text severity) {
        rules.add(new LintConfigFile.RuleEntry(rule, Optional.of(severity), List.of()));
      } else if (field.value() instanceof ConfigValue.Fields settings) {
        Optional<ConfigValue.Text> severity = Optional.empty();
        List<ConfigValue.Field> options = new ArrayList<>();
        for (ConfigValue.Field setting : settings.fields()) {
          if (!setting.key().equals("severity")) {
            options.add(setting);
          } else if (setting.value() instanceof ConfigValue.Text text) {
            severity = Optional.of(text);
          } else {
            error(
                setting.value().position(),
                "'severity' of rule '"
                    + field.key()
                    + "' must be off, error, warning or info, found "
                    + setting.value().describe());
          }
        }
        rules.add(new LintConfigFile.RuleEntry(rule, severity, options));
      } else {
        error(
            field.value().position(),
            "setting of rule '"
                + field.key()
                + "' must be off, error, warning, info or a mapping of options, found "
                + field.value().describe());
      }
    }
    return rules;
  }

  private Map<String, ConfigValue> fields(Node node, String what, List<String> allowed) {
    Map<String, ConfigValue> result = new HashMap<>();
    ConfigValue value = value(node);
    if (!(value instanceof ConfigValue.Fields fields)) {
      error(value.position(), what + " must be a mapping, found " + value.describe());
      return result;
    }
    for (ConfigValue.Field field : fields.fields()) {
      if (allowed.contains(field.key())) {
        result.put(field.key(), field.value());
      } else {
        unknownKey(field, what, allowed);
      }
    }
    return result;
  }

  private void unknownKey(ConfigValue.Field field, String where, List<String> allowed) {
    String hint = Suggestions.hint(field.key(), allowed);
    error(
        field.keyPosition(),
        "unknown field '"
            + field.key()
            + "' in "
            + where
            + (hint.isEmpty() ? "; expected " + Entry.alternatives(allowed) : hint));
  }

  /** Converts a node tree into config values, reporting duplicate and non-text keys. */
  private ConfigValue value(Node node) {
    SourcePosition at = Entry.position(file, node);
    if (++values > MAX_VALUES) {
      throw new TooManyValuesException(at);
    }
    if (node instanceof ScalarNode scalar) {
      return new ConfigValue.Text(Entry.isNull(scalar) ? "" : scalar.getValue(), at);
    }
    if (node instanceof SequenceNode sequence) {
      return new ConfigValue.Items(sequence.getValue().stream().map(this::value).toList(), at);
    }
    List<ConfigValue.Field> fields = new ArrayList<>();
    Map<String, SourcePosition> seen = new HashMap<>();
    for (NodeTuple tuple : ((MappingNode) node).getValue()) {
      SourcePosition keyAt = Entry.position(file, tuple.getKeyNode());
      if (!(tuple.getKeyNode() instanceof ScalarNode key)) {
        error(keyAt, "keys must be plain words, found " + Entry.describe(tuple.getKeyNode()));
        continue;
      }
      SourcePosition first = seen.putIfAbsent(key.getValue(), keyAt);
      if (first != null) {
        error(
            keyAt,
            "duplicate key '"
                + key.getValue()
                + "' (first at line "
                + first.line()
                + ", column "
                + first.column()
                + "); keep only one");
        continue;
      }
      fields.add(new ConfigValue.Field(key.getValue(), keyAt, value(tuple.getValueNode())));
    }
    return new ConfigValue.Fields(fields, at);
  }

  private void error(SourcePosition at, String message) {
    errors.add(Diagnostic.error(at, RULE, message));
  }

  private static final class TooManyValuesException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient SourcePosition position;

    TooManyValuesException(SourcePosition position) {
      super(null, null, false, false);
      this.position = position;
    }
  }
}
