package org.simap.cli;

import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.IGetter;
import picocli.CommandLine.Model.ISetter;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Range;

/**
 * Declares simap's commands with picocli's programmatic API.
 *
 * <p>Each command lists its options in a {@code commandSpec()} method, and every option stores its
 * value in a field of the command, as an annotated field would. Picocli's annotations are not used
 * because reading them costs reflection on every start: in a cold JVM, parsing them and generating
 * the annotation proxy classes took about 20 ms of a 0.2 s {@code simap render --engine dot}
 * (measured with JDK 17 on a 2-core machine; see bench/RESULTS.md).
 */
final class CommandSpecs {

  private static final IVersionProvider VERSION = new VersionProvider();

  private CommandSpecs() {}

  /** Creates the spec of a command that picocli runs by calling {@code command}. */
  static CommandSpec command(String name, Object command) {
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command);
    spec.name(name);
    spec.versionProvider(VERSION);
    return spec;
  }

  /**
   * Adds the standard {@code -h, --help} and {@code -V, --version} options. They come after the
   * command's own options, where picocli puts them for annotated commands, so that shell
   * completions list a command's own options first.
   */
  static void addStandardHelpOptions(CommandSpec spec) {
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
  }

  /**
   * Starts an option whose value is stored in the field {@code fieldName} of {@code owner}. The
   * option's type comes from the field, and the field's value when the command is created is its
   * initial value.
   *
   * @throws IllegalArgumentException if {@code owner} has no such field
   */
  static OptionSpec.Builder option(Object owner, String fieldName, String... names) {
    FieldBinding binding = new FieldBinding(owner, fieldName);
    return OptionSpec.builder(names)
        .type(binding.field.getType())
        .auxiliaryTypes(elementTypes(binding.field))
        .getter(binding)
        .setter(binding)
        .initialValue(binding.get());
  }

  /** The description that the commands without more to say give {@code --stdin-filename}. */
  static final String STDIN_NAME_DESCRIPTION =
      "The name of standard input in messages. Default: ${DEFAULT-VALUE}.";

  /**
   * Creates the {@code --stdin-filename NAME} option, stored in the field {@code stdinName} of
   * {@code owner}, with its default {@code <stdin>}.
   */
  static OptionSpec stdinName(Object owner, String description) {
    return option(owner, "stdinName", "--stdin-filename")
        .paramLabel("NAME")
        .defaultValue("<stdin>")
        .description(description)
        .build();
  }

  /**
   * Starts a positional parameter stored in a field, as {@link #option} does for options. As for an
   * annotated field, the parameter is required when its arity, such as {@code "1"} or {@code
   * "0..*"}, requires at least one value.
   */
  static PositionalParamSpec.Builder positional(Object owner, String fieldName, String arity) {
    FieldBinding binding = new FieldBinding(owner, fieldName);
    return PositionalParamSpec.builder()
        .arity(arity)
        .required(Range.valueOf(arity).min() > 0)
        .type(binding.field.getType())
        .auxiliaryTypes(elementTypes(binding.field))
        .getter(binding)
        .setter(binding)
        .initialValue(binding.get());
  }

  /** Returns the element types of a {@code List<String>} or {@code Optional<String>} field. */
  private static Class<?>[] elementTypes(Field field) {
    if (!(field.getGenericType() instanceof ParameterizedType generic)) {
      return new Class<?>[] {field.getType()};
    }
    Type[] arguments = generic.getActualTypeArguments();
    Class<?>[] types = new Class<?>[arguments.length];
    for (int i = 0; i < arguments.length; i++) {
      if (!(arguments[i] instanceof Class<?> type)) {
        throw new IllegalArgumentException(
            field + " needs concrete type arguments to be bound to an option");
      }
      types[i] = type;
    }
    return types;
  }

  /** Reads and writes one field of one object: where an option's value lives. */
  private static final class FieldBinding implements IGetter, ISetter {
    private final Object owner;
    private final Field field;

    FieldBinding(Object owner, String fieldName) {
      this.owner = owner;
      try {
        this.field = owner.getClass().getDeclaredField(fieldName);
      } catch (NoSuchFieldException e) {
        throw new IllegalArgumentException(
            owner.getClass().getSimpleName() + " has no field " + fieldName, e);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T get() {
      try {
        return (T) field.get(owner);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read " + field, e);
      }
    }

    @Override
    public <T> T set(T value) {
      T previous = get();
      try {
        field.set(owner, value);
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot write " + field, e);
      }
      return previous;
    }
  }
}
