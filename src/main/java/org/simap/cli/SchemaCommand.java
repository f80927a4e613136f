package org.simap.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/** Prints the JSON Schema of the map format, for editors and other tools. */
final class SchemaCommand implements Callable<Integer> {

  /** The schema's resource path inside the jar. */
  static final String RESOURCE = "/org/simap/simap-1.schema.json";

  private CommandSpec spec;

  /** Declares the command line of {@code simap schema}. */
  CommandSpec commandSpec() {
    spec = CommandSpecs.command("schema", this);
    spec.usageMessage()
        .description(
            "Print the JSON Schema of map format version 1.",
            "Editors with a YAML language server use it to complete and check maps as you type.");
    return spec;
  }

  @Override
  public Integer call() {
    spec.commandLine().getOut().print(schema());
    spec.commandLine().getOut().flush();
    return ExitCodes.OK;
  }

  /** Returns the schema text as shipped in the jar. */
  static String schema() {
    try (InputStream in = SchemaCommand.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the schema is missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
