package org.simap.io;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Optional;
import org.simap.model.SourcePosition;

/**
 * A value from a configuration file with the position where it was written: text, a list or a
 * mapping of fields. The lint rules give option values their meaning; this type only keeps their
 * shape and position, so that no YAML parser type leaves this package.
 */
public sealed interface ConfigValue {

  SourcePosition position();

  /** Describes the value's shape for messages: "text 'abc'", "a list", "a mapping". */
  String describe();

  /** A scalar, read as text. */
  record Text(String text, SourcePosition position) implements ConfigValue {
    public Text {
      requireNonNull(text, "text");
      requireNonNull(position, "position");
    }

    @Override
    public String describe() {
      return "text '" + text + "'";
    }
  }

  /** A list of values. */
  record Items(List<ConfigValue> items, SourcePosition position) implements ConfigValue {
    public Items {
      items = List.copyOf(items);
      requireNonNull(position, "position");
    }

    @Override
    public String describe() {
      return "a list";
    }
  }

  /** A mapping, with its fields in file order. */
  record Fields(List<Field> fields, SourcePosition position) implements ConfigValue {
    public Fields {
      fields = List.copyOf(fields);
      requireNonNull(position, "position");
    }

    /** Returns the value of a field, if the mapping has it. */
    public Optional<ConfigValue> get(String key) {
      return fields.stream().filter(f -> f.key().equals(key)).map(Field::value).findFirst();
    }

    @Override
    public String describe() {
      return "a mapping";
    }
  }

  /** One key of a mapping, where the key was written, and its value. */
  record Field(String key, SourcePosition keyPosition, ConfigValue value) {
    public Field {
      requireNonNull(key, "key");
      requireNonNull(keyPosition, "keyPosition");
      requireNonNull(value, "value");
    }
  }
}
