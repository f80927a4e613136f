package org.simap.lint;

import java.util.HashMap;
import java.util.Map;

/** The configured values of one rule's options; an option not set here has its default. */
public final class OptionValues {

  private static final OptionValues NONE = new OptionValues(Map.of());

  private final Map<RuleOption<?>, Object> values;

  private OptionValues(Map<RuleOption<?>, Object> values) {
    this.values = Map.copyOf(values);
  }

  public static OptionValues defaults() {
    return NONE;
  }

  /** Returns a copy with one more option set. */
  public <T> OptionValues with(RuleOption<T> option, T value) {
    Map<RuleOption<?>, Object> copy = new HashMap<>(values);
    copy.put(option, value);
    return new OptionValues(copy);
  }

  /** Returns a copy with every option that {@code later} sets replaced by its value there. */
  OptionValues merge(OptionValues later) {
    Map<RuleOption<?>, Object> copy = new HashMap<>(values);
    copy.putAll(later.values);
    return new OptionValues(copy);
  }

  /** Returns the option's value, or its default when it is not set. */
  public <T> T get(RuleOption<T> option) {
    Object value = values.get(option);
    // Safe: with() is the only way in, and it takes a value of the option's own type.
    @SuppressWarnings("unchecked")
    T typed = (T) value;
    return value == null ? option.defaultValue() : typed;
  }
}
