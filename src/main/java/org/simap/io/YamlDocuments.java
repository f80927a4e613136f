package org.simap.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.simap.model.Diagnostic;
import org.simap.model.SourcePosition;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.ReaderException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.parser.Parser;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * Parses YAML text into node trees with source positions. Nothing is constructed from tags, so a
 * file cannot make the loader create arbitrary objects.
 */
final class YamlDocuments {

  static final String SYNTAX_RULE = "yaml-syntax";
  static final String LIMIT_RULE = "yaml-limit";

  private YamlDocuments() {}

  /**
   * The documents of one file, and whether any node had an explicit tag: without one, no node can
   * have a tag outside the core schema, so the walk that reports such tags can be skipped.
   */
  record Parsed(List<Node> documents, boolean explicitTags) {}

  /** Parses every document in the text, or throws with a diagnostic at the first problem. */
  static Parsed parse(String file, String text) throws YamlException {
    return parse(file, Text.of(text));
  }

  /** Parses every document in the text, or throws with a diagnostic at the first problem. */
  static Parsed parse(String file, Text text) throws YamlException {
    // The block parser leaves text with a line over the limit to this method, so the check of
    // line lengths runs only before SnakeYAML.
    Optional<Node> block = BlockSubsetParser.parse(file, text);
    if (block.isPresent()) {
      return new Parsed(List.of(block.get()), false);
    }
    rejectLongLines(file, text);
    return parseWithSnakeYaml(file, text.toString());
  }

  /**
   * Parses the text with SnakeYAML, which reads all of YAML 1.2 and words every error. {@link
   * #parse} calls it for text outside the subset that {@link BlockSubsetParser} reads.
   */
  static Parsed parseWithSnakeYaml(String file, String text) throws YamlException {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(file)
            // Duplicate keys are found by MapReader, which reports both positions.
            .setAllowDuplicateKeys(true)
            .setCodePointLimit(Limits.MAX_FILE_BYTES)
            .setParseComments(false)
            .setUseMarks(true)
            // YAML 1.2 core schema: only true and false are booleans, so 'no' stays text.
            .setSchema(new CoreSchema())
            .build();
    DepthLimitedParser parser =
        new DepthLimitedParser(new ParserImpl(settings, new StreamReader(settings, text)));
    NodeComposer composer = new NodeComposer(file, parser, Limits.MAX_COLLECTION_ALIASES);
    List<Node> documents = new ArrayList<>();
    try {
      while (composer.hasNext()) {
        documents.add(composer.next());
      }
    } catch (TooDeepException e) {
      throw new YamlException(
          Diagnostic.error(
              position(file, e.mark),
              LIMIT_RULE,
              "lists and mappings are nested more than "
                  + Limits.MAX_DEPTH
                  + " levels deep; a map never needs more than a few"));
    } catch (ReaderException e) {
      throw new YamlException(
          Diagnostic.error(
              positionOfCodePoint(file, text, e.getPosition()),
              SYNTAX_RULE,
              String.format(
                  java.util.Locale.ROOT,
                  "invalid YAML: the control character U+%04X is not allowed in a YAML file; delete it",
                  e.getCodePoint())));
    } catch (MarkedYamlEngineException e) {
      throw new YamlException(
          Diagnostic.error(
              position(file, syntaxMark(e)),
              SYNTAX_RULE,
              "invalid YAML: " + describe(e) + hint(e)));
    } catch (YamlEngineException e) {
      throw new YamlException(
          Diagnostic.error(position(file, parser.lastMark), LIMIT_RULE, limitMessage(e)));
    }
    return new Parsed(documents, composer.sawExplicitTags());
  }

  /**
   * Rejects a line longer than {@link Limits#MAX_LINE_CHARS}. The YAML scanner's time grows with
   * the square of a line's length, so a few megabytes on one line would take minutes.
   */
  private static void rejectLongLines(String file, Text text) throws YamlException {
    char[] chars = text.chars();
    int length = text.length();
    int line = 1;
    int start = 0;
    for (int i = 0; i <= length; i++) {
      if (i < length && chars[i] != '\n') {
        continue;
      }
      if (i - start > Limits.MAX_LINE_CHARS) {
        throw new YamlException(
            Diagnostic.error(
                new SourcePosition(file, line, 1),
                LIMIT_RULE,
                "line is longer than "
                    + Limits.MAX_LINE_CHARS
                    + " characters; break the text over several lines with a folded block"
                    + " ('>' after the key)"));
      }
      line++;
      start = i + 1;
    }
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "unexpected content" : e.getProblem();
    String context = e.getContext();
    problem = problem.replaceAll("\\s+", " ").trim();
    if (context != null && !context.isBlank()) {
      return context.replaceAll("\\s+", " ").trim() + ", " + problem;
    }
    return problem;
  }

  /**
   * Returns where a syntax error is best shown. For text that never ends, such as a quote that is
   * never closed, the problem is found at the end of the file but starts where the text began.
   */
  private static Optional<Mark> syntaxMark(MarkedYamlEngineException e) {
    String problem = String.valueOf(e.getProblem());
    if (problem.contains("end of stream") && e.getContextMark().isPresent()) {
      return e.getContextMark();
    }
    return e.getProblemMark().or(e::getContextMark);
  }

  /** Returns a plain-words fix for the syntax errors people make most, or nothing. */
  private static String hint(MarkedYamlEngineException e) {
    String problem = String.valueOf(e.getProblem());
    if (problem.contains("mapping values are not allowed")) {
      return "; text that contains ': ' must be put in quotes";
    }
    if (problem.contains("cannot start any token")) {
      return "; text that starts with this character must be put in quotes";
    }
    if (problem.contains("end of stream") && String.valueOf(e.getContext()).contains("quoted")) {
      return "; close the quote that starts here";
    }
    if (problem.contains("could not find expected ':'")) {
      return "; each field is written 'key: value', so check for a missing colon";
    }
    if (problem.contains("expected <block end>")) {
      return "; check this line's indentation and the quotes on the line before";
    }
    return "";
  }

  private static String limitMessage(YamlEngineException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("aliases")) {
      return "more than "
          + Limits.MAX_COLLECTION_ALIASES
          + " aliases to lists or mappings; write the entries out instead of repeating them by alias";
    }
    if (message.contains("code point limit") || message.contains("exceeds the limit")) {
      return "file is larger than " + Limits.MAX_FILE_BYTES / (1024 * 1024) + " MiB";
    }
    return "invalid YAML: " + message.replaceAll("\\s+", " ").trim();
  }

  /** Converts an offset counted in code points into a 1-based line and column. */
  private static SourcePosition positionOfCodePoint(String file, String text, int offset) {
    int line = 1;
    int column = 1;
    int index = 0;
    for (int seen = 0; seen < offset && index < text.length(); seen++) {
      int codePoint = text.codePointAt(index);
      index += Character.charCount(codePoint);
      if (codePoint == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new SourcePosition(file, line, column);
  }

  static SourcePosition position(String file, Optional<Mark> mark) {
    if (mark.isEmpty()) {
      return SourcePosition.wholeFile(file);
    }
    return new SourcePosition(file, mark.get().getLine() + 1, mark.get().getColumn() + 1);
  }

  /** Stops parsing when collections nest deeper than {@link Limits#MAX_DEPTH}. */
  private static final class DepthLimitedParser implements Parser {
    private final Parser delegate;
    private int depth;
    private Optional<Mark> lastMark = Optional.empty();

    DepthLimitedParser(Parser delegate) {
      this.delegate = delegate;
    }

    @Override
    public boolean checkEvent(Event.ID id) {
      return delegate.checkEvent(id);
    }

    @Override
    public Event peekEvent() {
      return delegate.peekEvent();
    }

    @Override
    public boolean hasNext() {
      return delegate.hasNext();
    }

    @Override
    public Event next() {
      Event event = delegate.next();
      lastMark = event.getStartMark();
      switch (event.getEventId()) {
        case SequenceStart, MappingStart -> {
          if (++depth > Limits.MAX_DEPTH) {
            throw new TooDeepException(event.getStartMark());
          }
        }
        case SequenceEnd, MappingEnd -> depth--;
        default -> {}
      }
      return event;
    }
  }

  private static final class TooDeepException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Optional<Mark> mark;

    TooDeepException(Optional<Mark> mark) {
      super(null, null, false, false);
      this.mark = mark;
    }
  }

  /** Thrown when the text is not YAML that simap can read. */
  static final class YamlException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Diagnostic diagnostic;

    YamlException(Diagnostic diagnostic) {
      super(diagnostic.message());
      this.diagnostic = diagnostic;
    }

    Diagnostic diagnostic() {
      return diagnostic;
    }
  }
}
