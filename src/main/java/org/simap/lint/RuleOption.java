package org.simap.lint;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.simap.io.ConfigValue;
import org.simap.model.ElementType;
import org.simap.model.Keyword;
import org.simap.model.SourcePosition;
import org.simap.model.Suggestions;

/**
 * An option of a lint rule that a configuration file may set, with its default and how to read it.
 *
 * @param defaultText the default as it would be written in a configuration file
 */
public record RuleOption<T>(
    String name, String description, String defaultText, T defaultValue, Parser<T> parser) {

  public RuleOption {
    requireNonNull(name, "name");
    requireNonNull(description, "description");
    requireNonNull(defaultText, "defaultText");
    requireNonNull(defaultValue, "defaultValue");
    requireNonNull(parser, "parser");
  }

  /** Reads an option's value, or throws with a message that names the expected value. */
  @FunctionalInterface
  public interface Parser<T> {
    T parse(ConfigValue value) throws InvalidValueException;
  }

  /** Thrown for an option value that does not fit the option. */
  public static final class InvalidValueException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient SourcePosition position;

    public InvalidValueException(SourcePosition position, String message) {
      super(message);
      this.position = position;
    }

    public SourcePosition position() {
      return position;
    }
  }

  /** Reads the value, or throws. */
  public T parse(ConfigValue value) throws InvalidValueException {
    return parser.parse(value);
  }

  /** Creates an option that takes a whole number of at least 1. */
  public static RuleOption<Integer> positiveInteger(
      String name, int defaultValue, String description) {
    return new RuleOption<>(
        name,
        description,
        Integer.toString(defaultValue),
        defaultValue,
        value -> {
          if (value instanceof ConfigValue.Text text && text.text().matches("[0-9]{1,6}")) {
            int number = Integer.parseInt(text.text());
            if (number >= 1) {
              return number;
            }
          }
          throw new InvalidValueException(
              value.position(),
              "invalid value for '"
                  + name
                  + "': expected a whole number of at least 1, found "
                  + value.describe());
        });
  }

  /** Creates an option that takes one word of a fixed set. */
  public static RuleOption<String> choice(
      String name, List<String> choices, String defaultValue, String description) {
    return new RuleOption<>(
        name,
        description,
        defaultValue,
        defaultValue,
        value -> {
          if (value instanceof ConfigValue.Text text && choices.contains(text.text())) {
            return text.text();
          }
          String hint =
              value instanceof ConfigValue.Text text ? Suggestions.hint(text.text(), choices) : "";
          throw new InvalidValueException(
              value.position(),
              "invalid value for '"
                  + name
                  + "': expected "
                  + String.join(" or ", choices)
                  + ", found "
                  + value.describe()
                  + hint);
        });
  }

  /** Creates an option that takes a list of element types, such as {@code [structure, norm]}. */
  public static RuleOption<Set<ElementType>> elementTypes(
      String name, Set<ElementType> defaultValue, String description) {
    return new RuleOption<>(
        name,
        description,
        typeList(defaultValue),
        Set.copyOf(defaultValue),
        value -> readTypes(name, value));
  }

  /**
   * Creates an option that maps level ids to lists of element types, such as {@code {district:
   * [structure, process]}}.
   */
  public static RuleOption<Map<String, Set<ElementType>>> elementTypesByLevel(
      String name, String description) {
    return new RuleOption<>(
        name,
        description,
        "{}",
        Map.of(),
        value -> {
          if (!(value instanceof ConfigValue.Fields fields)) {
            throw new InvalidValueException(
                value.position(),
                "invalid value for '"
                    + name
                    + "': expected a mapping of level ids to lists of element types, found "
                    + value.describe());
          }
          Map<String, Set<ElementType>> byLevel = new LinkedHashMap<>();
          for (ConfigValue.Field field : fields.fields()) {
            byLevel.put(field.key(), readTypes(name + "." + field.key(), field.value()));
          }
          return Map.copyOf(byLevel);
        });
  }

  private static Set<ElementType> readTypes(String name, ConfigValue value)
      throws InvalidValueException {
    if (!(value instanceof ConfigValue.Items items)) {
      throw new InvalidValueException(
          value.position(),
          "invalid value for '"
              + name
              + "': expected a list of element types such as [structure, process, norm], found "
              + value.describe());
    }
    List<String> words = Arrays.stream(ElementType.values()).map(Keyword::keyword).toList();
    Set<ElementType> types = EnumSet.noneOf(ElementType.class);
    for (ConfigValue item : items.items()) {
      String word = item instanceof ConfigValue.Text text ? text.text() : null;
      int index = word == null ? -1 : words.indexOf(word);
      if (index < 0) {
        throw new InvalidValueException(
            item.position(),
            "invalid element type in '"
                + name
                + "': expected structure, process or norm, found "
                + item.describe()
                + (word == null ? "" : Suggestions.hint(word, words)));
      }
      types.add(ElementType.values()[index]);
    }
    return Set.copyOf(types);
  }

  /** Formats element types as a YAML flow list in the order of {@link ElementType}. */
  static String typeList(Set<ElementType> types) {
    List<String> words = new ArrayList<>();
    for (ElementType type : ElementType.values()) {
      if (types.contains(type)) {
        words.add(type.keyword());
      }
    }
    return "[" + String.join(", ", words) + "]";
  }
}
