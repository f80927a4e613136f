package org.simap.cli;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.simap.model.Keyword;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads an option value written as a map keyword, such as {@code json} or {@code depends-on}. */
final class KeywordConverter<E extends Enum<E> & Keyword> implements ITypeConverter<E> {

  private final Class<E> type;

  private KeywordConverter(Class<E> type) {
    this.type = type;
  }

  /** Registers the converter for one enum on a command and all its subcommands. */
  static <E extends Enum<E> & Keyword> void register(CommandLine commandLine, Class<E> type) {
    commandLine.registerConverter(type, new KeywordConverter<>(type));
  }

  @Override
  public E convert(String value) {
    for (E constant : type.getEnumConstants()) {
      if (constant.keyword().equalsIgnoreCase(value)) {
        return constant;
      }
    }
    String expected =
        Arrays.stream(type.getEnumConstants())
            .map(Keyword::keyword)
            .collect(Collectors.joining(", "));
    throw new TypeConversionException("'" + value + "' is not one of " + expected);
  }
}
