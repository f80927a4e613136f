package org.simap.io;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.simap.model.Diagnostic;
import org.simap.model.Keyword;
import org.simap.model.Positions;
import org.simap.model.SourcePosition;
import org.simap.model.Suggestions;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * One YAML mapping of a map file, read field by field. Each accessor checks the field's shape and
 * reports what is wrong through the shared diagnostics list, so that one run finds every problem.
 */
final class Entry {

  static final String REQUIRED = "required-field";
  static final String TYPE = "field-type";
  static final String UNKNOWN = "unknown-field";
  static final String DUPLICATE_KEY = "duplicate-key";
  static final String VALUE = "invalid-value";
  static final String URL = "invalid-url";
  static final String CONTROL = "control-character";
  static final String BIDI = "bidi-control";

  /**
   * The keywords of each set of words, in the order of its constants. Built once per set, because
   * every typed value of every map is looked up in one.
   */
  private static final ClassValue<Words> KEYWORDS =
      new ClassValue<>() {
        @Override
        protected Words computeValue(Class<?> type) {
          Object[] constants = type.getEnumConstants();
          List<String> words = new ArrayList<>();
          for (Object constant : constants) {
            words.add(((Keyword) constant).keyword());
          }
          return new Words(List.copyOf(words), constants);
        }
      };

  /** The keywords of one set of words, and its constants in the same order. */
  private record Words(List<String> words, Object[] constants) {}

  private final String file;
  private final List<Diagnostic> diagnostics;

  /** Whether the file's text is {@link Text#plain}, so that no value needs {@link #clean}. */
  private final boolean plainText;

  private final MappingNode node;

  /** The fields this entry may have. The arrays below hold each field's key node and value node. */
  private final Fields fields;

  private final Node[] keyNodes;
  private final Node[] values;

  /** The list items whose positions {@link #texts} keeps, created for the first one. */
  private List<Item> items;

  /** The kind of entry, and the words that name it in messages, built when a message needs them. */
  private final String kind;

  private String id;
  private String to;
  private String label;

  private Entry(
      String file,
      List<Diagnostic> diagnostics,
      boolean plainText,
      MappingNode node,
      String kind,
      Fields fields) {
    this.file = file;
    this.diagnostics = diagnostics;
    this.plainText = plainText;
    this.node = node;
    this.kind = kind;
    this.fields = fields;
    this.keyNodes = new Node[fields.size()];
    this.values = new Node[fields.size()];
  }

  /**
   * Reads a mapping's keys, reporting unknown and duplicate ones. Returns empty, after reporting,
   * when the node is not a mapping.
   */
  static Optional<Entry> of(
      String file,
      List<Diagnostic> diagnostics,
      boolean plainText,
      Node node,
      String kind,
      Fields allowed) {
    if (!(node instanceof MappingNode mapping)) {
      String what = indefinite(kind);
      diagnostics.add(
          Diagnostic.error(
              position(file, node),
              TYPE,
              what + " must be a mapping of fields, found " + describe(node)));
      return Optional.empty();
    }
    Entry entry = new Entry(file, diagnostics, plainText, mapping, kind, allowed);
    // Indexed loops: the parsers build ArrayLists, and an iterator per loop is an allocation.
    List<NodeTuple> tuples = mapping.getValue();
    // Messages name the entry by its id, such as "element 'grading'", from the first problem on.
    for (int i = 0; i < tuples.size(); i++) {
      NodeTuple tuple = tuples.get(i);
      if (tuple.getKeyNode() instanceof ScalarNode key
          && key.getValue().equals("id")
          && tuple.getValueNode() instanceof ScalarNode id
          && !isNull(id)
          && !id.getValue().isBlank()) {
        entry.id = id.getValue();
        break;
      }
    }
    for (int i = 0; i < tuples.size(); i++) {
      NodeTuple tuple = tuples.get(i);
      entry.addKey(tuple);
    }
    return Optional.of(entry);
  }

  private void addKey(NodeTuple tuple) {
    Node keyNode = tuple.getKeyNode();
    if (!(keyNode instanceof ScalarNode scalar)) {
      diagnostics.add(
          Diagnostic.error(
              position(file, keyNode),
              TYPE,
              "keys in " + label() + " must be plain words, found " + describe(keyNode)));
      return;
    }
    String key = scalar.getValue();
    int index = fields.indexOf(key);
    if (index >= 0 && values[index] != null) {
      SourcePosition first = position(file, keyNodes[index]);
      diagnostics.add(
          Diagnostic.error(
              position(file, keyNode),
              DUPLICATE_KEY,
              "duplicate key '"
                  + key
                  + "' in "
                  + label()
                  + " (first at line "
                  + first.line()
                  + ", column "
                  + first.column()
                  + "); keep only one"));
      return;
    }
    if (index < 0) {
      List<String> allowed = fields.names();
      String hint = Suggestions.hint(key, allowed);
      String rest = hint.isEmpty() ? "; expected one of: " + String.join(", ", allowed) : hint;
      diagnostics.add(
          Diagnostic.error(
              position(file, keyNode),
              UNKNOWN,
              "unknown field '" + key + "' in " + label() + rest));
      return;
    }
    keyNodes[index] = keyNode;
    values[index] = tuple.getValueNode();
  }

  /** Returns the index of a field that was read, or -1. */
  private int find(String key) {
    int index = fields.indexOf(key);
    return index >= 0 && values[index] != null ? index : -1;
  }

  /** Returns a field's value node as written, null or empty included, or null when absent. */
  private Node value(String key) {
    int index = find(key);
    return index < 0 ? null : values[index];
  }

  /** Returns the kind with "a" or "an" before it, as messages name an entry without an id. */
  private static String indefinite(String kind) {
    if (kind.startsWith("the ") || kind.equals("evidence")) {
      return kind;
    }
    return ("aeiou".indexOf(kind.charAt(0)) >= 0 ? "an " : "a ") + kind;
  }

  /**
   * Names this entry in messages by two ids joined by an arrow, as a link is named: {@code link 'a'
   * → 'b'}.
   */
  void nameByEnds(String from, String to) {
    this.id = from;
    this.label = null;
    this.to = to;
  }

  /** Names this entry in messages by the rule it is for: {@code waiver for 'rule'}. */
  void nameByRule(String rule) {
    this.label = "waiver for '" + rule + "'";
  }

  /** Returns the words that name this entry in messages, such as {@code element 'grading'}. */
  String label() {
    if (label == null) {
      if (to != null) {
        label = kind + " '" + id + "' → '" + to + "'";
      } else if (id != null) {
        label = kind + " '" + id + "'";
      } else {
        label = indefinite(kind);
      }
    }
    return label;
  }

  SourcePosition position() {
    return position(file, node);
  }

  SourcePosition position(String key) {
    Node value = value(key);
    return value == null ? position() : position(file, value);
  }

  Positions positions() {
    Positions.Builder positions =
        Positions.builder(position(), fieldsRead() + (items == null ? 0 : items.size()));
    for (int i = 0; i < values.length; i++) {
      if (values[i] != null) {
        Mark mark = values[i].getStartMark().orElseThrow();
        positions.field(fields.name(i), mark.getLine() + 1, mark.getColumn() + 1);
      }
    }
    if (items != null) {
      for (Item item : items) {
        Mark mark = item.node().getStartMark().orElseThrow();
        positions.item(item.field(), item.index(), mark.getLine() + 1, mark.getColumn() + 1);
      }
    }
    return positions.build();
  }

  boolean has(String key) {
    return present(key).isPresent();
  }

  /** Returns a field's value node, treating an explicit null or empty value as absent. */
  Optional<Node> present(String key) {
    Node value = value(key);
    if (value == null || isNull(value)) {
      return Optional.empty();
    }
    return Optional.of(value);
  }

  /** Returns whether the field is written in the file, even with an empty value. */
  boolean written(String key) {
    return find(key) >= 0;
  }

  /** Returns whether a field contains an empty list. */
  boolean isEmptyList(String key) {
    return present(key)
        .filter(SequenceNode.class::isInstance)
        .map(value -> ((SequenceNode) value).getValue().isEmpty())
        .orElse(false);
  }

  /**
   * Reports a field that is written but left empty, for fields whose empty value has no meaning:
   * lists, dates, addresses and words from a closed set.
   */
  private void rejectEmpty(String key, String expected) {
    if (isWrittenEmpty(key)) {
      diagnostics.add(
          Diagnostic.error(
              position(key),
              TYPE,
              "'"
                  + key
                  + "' in "
                  + label()
                  + " is empty; write "
                  + expected
                  + ", or remove the line"));
    }
  }

  private boolean isWrittenEmpty(String key) {
    Node value = value(key);
    return value != null && isNull(value);
  }

  /** Reads a required text field, reporting it when absent; returns "" in that case. */
  String requiredText(String key, String meaning) {
    Node value = value(key);
    if (value == null || isNull(value)) {
      missing(key, meaning);
      return "";
    }
    if (!(value instanceof ScalarNode scalar)) {
      scalarText(value, key, false); // Reports the shape.
      return "";
    }
    String text = clean(scalar);
    if (text.isBlank()) {
      missing(key, meaning);
      return "";
    }
    return text;
  }

  /** Reports a required field that is absent, null or blank. */
  void missing(String key, String meaning) {
    String detail = meaning.isEmpty() ? "" : " (" + meaning + ")";
    if (written(key)) {
      diagnostics.add(
          Diagnostic.error(
              position(key),
              REQUIRED,
              "required field '"
                  + key
                  + "' in "
                  + label()
                  + " is empty; write its value"
                  + detail));
    } else {
      diagnostics.add(
          Diagnostic.error(
              position(), REQUIRED, label() + " is missing required field '" + key + "'" + detail));
    }
  }

  /**
   * Reads an optional text field. Every scalar is text, so an unquoted {@code no} is the word "no"
   * and never the value false.
   */
  Optional<String> text(String key) {
    Node value = value(key);
    return value == null || isNull(value) ? Optional.empty() : scalarText(value, key, false);
  }

  /**
   * Reads the text value of a field, or of one entry of a list field when {@code listEntry} is set.
   * The words that name the value in messages are built only for a message, because this runs for
   * every value of every map.
   */
  private Optional<String> scalarText(Node value, String key, boolean listEntry) {
    if (isNull(value)) {
      diagnostics.add(
          Diagnostic.error(
              position(file, value),
              REQUIRED,
              valueName(key, listEntry) + " is empty; write a value or remove it"));
      return Optional.empty();
    }
    if (!(value instanceof ScalarNode scalar)) {
      diagnostics.add(
          Diagnostic.error(
              position(file, value),
              TYPE,
              valueName(key, listEntry) + " must be text, found " + describe(value)));
      return Optional.empty();
    }
    return Optional.of(clean(scalar));
  }

  private String valueName(String key, boolean listEntry) {
    return (listEntry ? "each entry of '" : "'") + key + "' in " + label();
  }

  /** Removes the characters that XML 1.0 cannot carry, warning about each text that had them. */
  private String clean(ScalarNode scalar) {
    String text = scalar.getValue();
    if (plainText || isOrdinaryText(text)) {
      return text;
    }
    int bidi = firstBidiControl(text);
    if (bidi >= 0) {
      diagnostics.add(
          Diagnostic.warning(
              position(file, scalar),
              BIDI,
              String.format(
                  Locale.ROOT,
                  "text contains the bidirectional control character U+%04X, which can show"
                      + " words in another order than they are stored; delete it",
                  (int) text.charAt(bidi))));
    }
    int bad = firstUnsafe(text);
    if (bad < 0) {
      return text;
    }
    diagnostics.add(
        Diagnostic.warning(
            position(file, scalar),
            CONTROL,
            String.format(
                Locale.ROOT,
                "text contains the control character U+%04X, which is removed; delete it",
                text.codePointAt(bad))));
    StringBuilder kept = new StringBuilder(text.length());
    text.codePoints().filter(Entry::xmlSafe).forEach(kept::appendCodePoint);
    return kept.toString();
  }

  /**
   * Returns whether the text has no character below U+0020 and none from U+202A on, so neither a
   * control character nor a direction control. Most text passes this one quick check.
   */
  private static boolean isOrdinaryText(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x202A) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the index of the first character that overrides or isolates the direction of text
   * (U+202A to U+202E, U+2066 to U+2069), or -1. Such a character can make "evil" display as
   * "live", in a rendered map as in a terminal.
   */
  private static int firstBidiControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 0x202A && c <= 0x2069 && (c <= 0x202E || c >= 0x2066)) {
        return i;
      }
    }
    return -1;
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); ) {
      char c = text.charAt(i);
      // Most text is printable characters below the surrogates; check those without decoding.
      if (c >= 0x20 && c < 0xD800) {
        i++;
        continue;
      }
      int codePoint = text.codePointAt(i);
      if (!xmlSafe(codePoint)) {
        return i;
      }
      i += Character.charCount(codePoint);
    }
    return -1;
  }

  /** Returns whether XML 1.0 can carry the character, as its {@code Char} production defines. */
  static boolean xmlSafe(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }

  /** Reads a list of text values, such as tags or questions. */
  List<String> texts(String key) {
    List<Node> list = list(key, "a list of text");
    List<String> result = new ArrayList<>(list.size());
    for (Node item : list) {
      Optional<String> text = scalarText(item, key, true);
      if (text.isPresent()) {
        if (items == null) {
          items = new ArrayList<>(list.size());
        }
        items.add(new Item(key, result.size(), item));
        result.add(text.get());
      }
    }
    return result;
  }

  /** Reads a list field, reporting a value of another shape. */
  List<Node> list(String key, String expected) {
    rejectEmpty(key, expected);
    Optional<Node> value = present(key);
    if (value.isEmpty()) {
      return List.of();
    }
    if (!(value.get() instanceof SequenceNode sequence)) {
      diagnostics.add(
          Diagnostic.error(
              position(key),
              TYPE,
              "'"
                  + key
                  + "' in "
                  + label()
                  + " must be "
                  + expected
                  + ", found "
                  + describe(value.get())));
      return List.of();
    }
    return sequence.getValue();
  }

  /** Reads one of a closed set of words, such as an element type. */
  <E extends Enum<E> & Keyword> Optional<E> keyword(
      String key, Class<E> type, String meaning, String rule) {
    Words keywords = KEYWORDS.get(type);
    List<String> words = keywords.words();
    if (isWrittenEmpty(key)) {
      rejectEmpty(key, alternatives(words));
    }
    Optional<String> text = text(key);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    int index = words.indexOf(text.get());
    if (index >= 0) {
      return Optional.of(type.cast(keywords.constants()[index]));
    }
    diagnostics.add(
        Diagnostic.error(
            position(key),
            rule,
            "unknown "
                + meaning
                + " '"
                + text.get()
                + "'; expected "
                + alternatives(words)
                + Suggestions.hint(text.get(), words)));
    return Optional.empty();
  }

  /**
   * Reads a required word from a closed set, reporting it as {@link #keyword} does and, when it is
   * absent or empty, as a missing field with the given meaning.
   */
  <E extends Enum<E> & Keyword> Optional<E> requiredKeyword(
      String key, Class<E> type, String meaning, String rule, String missingMeaning) {
    Optional<E> value = keyword(key, type, meaning, rule);
    if (!has(key)) {
      missing(key, missingMeaning);
    }
    return value;
  }

  /** Reads a calendar date written as YYYY-MM-DD. */
  Optional<LocalDate> date(String key) {
    rejectEmpty(key, "a date such as 2026-10-02");
    Optional<String> written = text(key);
    if (written.isEmpty()) {
      return Optional.empty();
    }
    String text = written.get();
    String problem = "; write it as YYYY-MM-DD, such as 2026-10-02";
    if (isDateShape(text)) {
      // Read by hand: LocalDate.parse goes through the general formatter, whose code the JIT
      // compiles at start-up, for what is three numbers here.
      try {
        return Optional.of(
            LocalDate.of(
                Integer.parseInt(text, 0, 4, 10),
                Integer.parseInt(text, 5, 7, 10),
                Integer.parseInt(text, 8, 10, 10)));
      } catch (DateTimeException e) {
        problem = ": that day does not exist";
      }
    }
    diagnostics.add(
        Diagnostic.error(
            position(key),
            VALUE,
            "invalid date '" + text + "' for '" + key + "' in " + label() + problem));
    return Optional.empty();
  }

  /** Reads a web address, which must be http or https so that a rendered map links nowhere else. */
  Optional<String> url(String key) {
    rejectEmpty(key, "an http:// or https:// address");
    Optional<String> text = text(key);
    if (text.isEmpty() || isWebAddress(text.get())) {
      return text;
    }
    diagnostics.add(
        Diagnostic.error(
            position(key),
            URL,
            "invalid url '"
                + text.get()
                + "' in "
                + label()
                + "; write a full address that starts with http:// or https://, without spaces"));
    return Optional.empty();
  }

  /**
   * Tells whether the text is what the pattern {@code https?://[^\s/?#]+\S*} matches: an http or
   * https address with a host and no whitespace. The JSON Schema checks the same prefix, so editors
   * and simap agree. A loop is cheaper than the pattern for every link.
   */
  static boolean isWebAddress(String text) {
    int start;
    if (text.startsWith("https://")) {
      start = "https://".length();
    } else if (text.startsWith("http://")) {
      start = "http://".length();
    } else {
      return false;
    }
    if (start == text.length()) {
      return false;
    }
    char first = text.charAt(start);
    if (first == '/' || first == '?' || first == '#') {
      return false;
    }
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  /** Reads a whole number, reporting text or a fraction where a number is expected. */
  Optional<Integer> integer(String key) {
    Optional<Node> value = present(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    if (value.get() instanceof ScalarNode scalar
        && scalar.isPlain()
        && isTag(scalar, Tag.INT)
        && isDigits(scalar.getValue(), 9)) {
      return Optional.of(Integer.parseInt(scalar.getValue()));
    }
    diagnostics.add(
        Diagnostic.error(
            position(key),
            TYPE,
            "'" + key + "' must be a whole number, found " + describe(value.get())));
    return Optional.empty();
  }

  /** Returns whether the text is YYYY-MM-DD in ASCII digits, whether or not the day exists. */
  private static boolean isDateShape(String text) {
    if (text.length() != 10) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean expected = i == 4 || i == 7 ? c == '-' : c >= '0' && c <= '9';
      if (!expected) {
        return false;
      }
    }
    return true;
  }

  /** Returns whether the text is 1 to {@code max} ASCII digits. */
  private static boolean isDigits(String text, int max) {
    if (text.isEmpty() || text.length() > max) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static String alternatives(List<String> words) {
    if (words.size() == 1) {
      return words.get(0);
    }
    return words.subList(0, words.size() - 1).stream().collect(Collectors.joining(", "))
        + " or "
        + words.get(words.size() - 1);
  }

  static boolean isNull(Node node) {
    return node instanceof ScalarNode scalar && isTag(scalar, Tag.NULL);
  }

  /**
   * Returns whether the scalar has the tag. The parsers give resolved scalars the shared constants,
   * so comparing references spares a comparison of the tags' long names for most scalars.
   */
  private static boolean isTag(ScalarNode scalar, Tag tag) {
    Tag actual = scalar.getTag();
    if (actual == tag) {
      return true;
    }
    boolean shared = actual == Tag.STR || actual == Tag.NULL || actual == Tag.INT;
    return !shared && actual.equals(tag);
  }

  /** Describes a node's shape for messages: "text 'abc'", "a list", "a mapping". */
  static String describe(Node node) {
    if (node instanceof SequenceNode) {
      return "a list";
    }
    if (node instanceof MappingNode) {
      return "a mapping";
    }
    if (node instanceof ScalarNode scalar) {
      if (scalar.getTag().equals(Tag.NULL)) {
        return "nothing";
      }
      String value = scalar.getValue();
      String shown = value.length() > 40 ? value.substring(0, 40) + "…" : value;
      return (scalar.isPlain() && scalar.getTag().equals(Tag.INT) ? "the number " : "text ")
          + "'"
          + shown.replace("\n", "\\n")
          + "'";
    }
    return "an unreadable value";
  }

  static SourcePosition position(String file, Node node) {
    return YamlDocuments.position(file, node.getStartMark());
  }

  /** Returns the number of fields read. */
  private int fieldsRead() {
    int count = 0;
    for (Node value : values) {
      if (value != null) {
        count++;
      }
    }
    return count;
  }

  /** The fields an entry may have, in the order messages list them. */
  static final class Fields {
    private final String[] names;
    private final List<String> list;

    private Fields(String... names) {
      this.names = names.clone();
      this.list = List.of(names);
    }

    static Fields of(String... names) {
      return new Fields(names);
    }

    List<String> names() {
      return list;
    }

    int size() {
      return names.length;
    }

    String name(int index) {
      return names[index];
    }

    /**
     * Returns the index of a field name, or -1. The names are string literals, and the block parser
     * interns the keys it reads, so most lookups end at the first loop without comparing text.
     */
    int indexOf(String key) {
      for (int i = 0; i < names.length; i++) {
        if (names[i] == key) {
          return i;
        }
      }
      for (int i = 0; i < names.length; i++) {
        if (names[i].equals(key)) {
          return i;
        }
      }
      return -1;
    }
  }

  /** A list item whose position {@link #positions} reports. */
  private record Item(String field, int index, Node node) {}
}
