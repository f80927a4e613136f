package org.simap.io;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.ComposerException;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.parser.Parser;

/**
 * Builds node trees from parser events, in place of SnakeYAML's {@code Composer}, keeping only what
 * the loader reads: each node's tag, value, anchor and start position.
 *
 * <p>SnakeYAML 3.2's composer keeps two marks per node, each referring to a window of the file text
 * kept for error snippets, and two empty comment lists per node. With it, validating the 28 MB,
 * 50,000-element benchmark map peaked at 1.2 GB resident memory, and with this composer at 0.8 GB
 * (bench/run, 2 cores). Non-scalar keys are kept, for the reader to report with the field's
 * position, and {@code <<} is an ordinary key, not a merge.
 */
final class NodeComposer {

  private static final int[] NO_SNIPPET = new int[0];

  private static final Set<String> CORE_NULLS = Set.of("~", "null", "Null", "NULL");
  private static final Set<String> CORE_BOOLEANS =
      Set.of("true", "True", "TRUE", "false", "False", "FALSE");
  private static final int MAX_WORD_LENGTH = 5;

  private final String file;

  private final Parser parser;
  private final int maxCollectionAliases;
  private final Map<Anchor, Node> anchors = new HashMap<>();
  private int collectionAliases;
  private boolean explicitTags;

  NodeComposer(String file, Parser parser, int maxCollectionAliases) {
    this.file = file;
    this.parser = parser;
    this.maxCollectionAliases = maxCollectionAliases;
  }

  /** Returns whether another document follows, skipping the stream's start. */
  boolean hasNext() {
    if (parser.checkEvent(Event.ID.StreamStart)) {
      parser.next();
    }
    return !parser.checkEvent(Event.ID.StreamEnd);
  }

  /** Composes the next document. Anchors do not carry over from one document to the next. */
  Node next() {
    parser.next(); // DocumentStart
    anchors.clear();
    Node root = compose();
    parser.next(); // DocumentEnd
    return root;
  }

  private Node compose() {
    Event event = parser.next();
    return switch (event.getEventId()) {
      case Alias -> alias((AliasEvent) event);
      case Scalar -> scalar((ScalarEvent) event);
      case SequenceStart -> sequence((CollectionStartEvent) event);
      case MappingStart -> mapping((CollectionStartEvent) event);
      default ->
          throw new ComposerException(
              "expected a value, found " + event.getEventId(), event.getStartMark());
    };
  }

  private Node alias(AliasEvent event) {
    Node node = anchors.get(event.getAlias());
    if (node == null) {
      throw new ComposerException(
          "found undefined alias '" + event.getAlias().getValue() + "'", event.getStartMark());
    }
    // Each alias to a collection can double the tree a reader walks, so their number is bounded.
    if (!(node instanceof ScalarNode) && ++collectionAliases > maxCollectionAliases) {
      throw new YamlEngineException(
          "Number of aliases for non-scalar nodes exceeds the specified max="
              + maxCollectionAliases);
    }
    return node;
  }

  private Node scalar(ScalarEvent event) {
    Optional<String> explicit = event.getTag().filter(tag -> !tag.equals("!"));
    Tag tag;
    if (explicit.isPresent()) {
      tag = new Tag(explicit.get());
      explicitTags = true;
    } else {
      tag = implicitTag(event.getValue(), event.getImplicit().canOmitTagInPlainScalar());
    }
    ScalarNode node =
        new ScalarNode(
            tag,
            explicit.isEmpty(),
            event.getValue(),
            event.getScalarStyle(),
            compact(event.getStartMark()),
            Optional.empty());
    register(event, node);
    return node;
  }

  /**
   * Resolves the tag of a scalar written without one, as the YAML 1.2 core schema does: nulls and
   * booleans are a few fixed words, and only text that starts like a number is checked against the
   * number forms of {@link CoreNumbers}. SnakeYAML's resolver would also tag {@code ${NAME}} as an
   * environment variable and {@code <<} as a merge key; neither is in the core schema, so both stay
   * text.
   */
  static Tag implicitTag(String value, boolean plain) {
    if (!plain) {
      return Tag.STR;
    }
    if (value.isEmpty()) {
      return Tag.NULL;
    }
    // The null and boolean words are at most 5 characters long. Checking the length first spares
    // a longer text the set lookups, which would compute the hash of the whole text.
    if (value.length() <= MAX_WORD_LENGTH && CORE_NULLS.contains(value)) {
      return Tag.NULL;
    }
    if (value.length() <= MAX_WORD_LENGTH && CORE_BOOLEANS.contains(value)) {
      return Tag.BOOL;
    }
    char first = value.charAt(0);
    boolean numberStart =
        first >= '0' && first <= '9' || first == '-' || first == '+' || first == '.';
    if (!numberStart) {
      return Tag.STR;
    }
    if (CoreNumbers.isInteger(value)) {
      return Tag.INT;
    }
    return CoreNumbers.isFloat(value) ? Tag.FLOAT : Tag.STR;
  }

  private Node sequence(CollectionStartEvent event) {
    List<Node> items = new ArrayList<>();
    SequenceNode node =
        new SequenceNode(
            collectionTag(event, Tag.SEQ),
            event.getTag().isEmpty(),
            items,
            event.getFlowStyle(),
            compact(event.getStartMark()),
            Optional.empty());
    // Registered before its items, as YAML allows an alias inside the node it names.
    register(event, node);
    while (!parser.checkEvent(Event.ID.SequenceEnd)) {
      items.add(compose());
    }
    parser.next();
    return node;
  }

  private Node mapping(CollectionStartEvent event) {
    List<NodeTuple> tuples = new ArrayList<>();
    MappingNode node =
        new MappingNode(
            collectionTag(event, Tag.MAP),
            event.getTag().isEmpty(),
            tuples,
            event.getFlowStyle(),
            compact(event.getStartMark()),
            Optional.empty());
    register(event, node);
    while (!parser.checkEvent(Event.ID.MappingEnd)) {
      Node key = compose();
      tuples.add(new NodeTuple(key, compose()));
    }
    parser.next();
    return node;
  }

  private Tag collectionTag(CollectionStartEvent event, Tag implicit) {
    Optional<String> explicit = event.getTag().filter(tag -> !tag.equals("!"));
    if (explicit.isEmpty()) {
      return implicit;
    }
    explicitTags = true;
    return new Tag(explicit.get());
  }

  /** Returns whether any node so far was written with an explicit tag, such as {@code !!str}. */
  boolean sawExplicitTags() {
    return explicitTags;
  }

  private void register(NodeEvent event, Node node) {
    event
        .getAnchor()
        .ifPresent(
            anchor -> {
              node.setAnchor(Optional.of(anchor));
              anchors.put(anchor, node);
            });
  }

  /** Copies a mark without the window of file text that SnakeYAML keeps for error snippets. */
  private Optional<Mark> compact(Optional<Mark> mark) {
    return mark.map(m -> new Mark(file, m.getIndex(), m.getLine(), m.getColumn(), NO_SNIPPET, 0));
  }
}
