package org.simap.render.engine;

import java.util.ArrayList;
import java.util.List;

/** Graphviz's error and warning messages from one render, each on one line. */
record GraphvizMessages(List<String> errors, List<String> warnings) {

  GraphvizMessages {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /**
   * Sorts the messages of one render into errors and warnings.
   *
   * @param errorParts the texts that Graphviz's error handler passed to the module's {@code
   *     viz_errorf} import. Graphviz writes the level and the message in separate calls: {@code
   *     "Error"} or {@code "Warning"}, then {@code ": "}, then the message. A level stays in force
   *     for the messages after it until the next level.
   * @param standardError what the module wrote to standard error, where a line that starts with
   *     {@code "Error: "} or {@code "Warning: "} is a message of that level
   */
  static GraphvizMessages parse(List<String> errorParts, String standardError) {
    List<String> errors = new ArrayList<>();
    List<String> warnings = new ArrayList<>();

    boolean error = false;
    for (int i = 0; i < errorParts.size(); i++) {
      String part = errorParts.get(i);
      boolean levelFollows = i + 1 < errorParts.size() && errorParts.get(i + 1).equals(": ");
      if (levelFollows && (part.equals("Error") || part.equals("Warning"))) {
        error = part.equals("Error");
        i++;
      } else {
        add(error ? errors : warnings, part);
      }
    }

    for (String line : standardError.split("\n")) {
      if (line.startsWith("Error: ")) {
        add(errors, line.substring("Error: ".length()));
      } else if (line.startsWith("Warning: ")) {
        add(warnings, line.substring("Warning: ".length()));
      } else {
        add(warnings, line);
      }
    }
    return new GraphvizMessages(errors, warnings);
  }

  /** Adds the message as one line, with its line breaks replaced by spaces. */
  private static void add(List<String> messages, String message) {
    String line = String.join(" ", message.strip().split("\\s*\\R\\s*"));
    if (!line.isEmpty()) {
      messages.add(line);
    }
  }

  boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** Returns the first error, and how many more there are, for a one-line failure message. */
  String firstError() {
    if (errors.isEmpty()) {
      return warnings.isEmpty() ? "no error message" : warnings.get(0);
    }
    int others = errors.size() - 1;
    if (others == 0) {
      return errors.get(0);
    }
    return errors.get(0) + " (and " + others + (others == 1 ? " more error)" : " more errors)");
  }
}
