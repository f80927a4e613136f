package org.simap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Checks that the block subset parser builds exactly the trees that SnakeYAML does, and that it
 * leaves to SnakeYAML whatever it does not read the same way.
 */
class BlockSubsetParserTest {

  private static final String FILE = "m.simap.yaml";

  /** Characters that change how YAML reads a line, for mutating real maps. */
  private static final String[] MUTATIONS = {
    " ",
    "  ",
    "\n",
    "\r\n",
    "\r",
    "\t",
    ":",
    ": ",
    "-",
    "- ",
    "#",
    " #",
    "'",
    "\"",
    "|",
    ">",
    "|-",
    ">+",
    "\\",
    "\\n",
    "\\u00e9",
    "\\x41",
    "&a ",
    "*a",
    "!!str ",
    "[",
    "{",
    "?",
    "%",
    "@",
    "---",
    "...",
    "é",
    "😀",
    "\u0085",
    "\u2028",
    "\uFEFF",
    "\u0000",
    "\u0007",
    "true",
    "1.5",
    "~",
    "''",
    "\"\"",
    "key: value\n",
    "\n  ",
    "\n- ",
    "\n    x: y"
  };

  @Test
  void readsEveryRepositoryMapLikeSnakeYaml() throws IOException {
    List<Path> files = repositoryYamlFiles();
    assertThat(files).hasSizeGreaterThan(50);

    int fast = 0;
    for (Path file : files) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (compare(file.toString(), text)) {
        fast++;
      }
    }

    assertThat(fast).as("files read by the block subset parser").isGreaterThan(files.size() / 2);
  }

  @Test
  void readsEveryExampleWithoutSnakeYaml() throws IOException {
    try (Stream<Path> paths = Files.list(Path.of("examples"))) {
      List<Path> examples = paths.filter(p -> p.toString().endsWith(".simap.yaml")).toList();
      assertThat(examples).isNotEmpty();
      for (Path example : examples) {
        String text = Files.readString(example, StandardCharsets.UTF_8);
        assertThat(BlockSubsetParser.parse(example.toString(), text))
            .as(example.toString())
            .isPresent();
      }
    }
  }

  @Test
  void agreesWithSnakeYamlOnMutatedMaps() throws IOException {
    List<String> sources = new ArrayList<>();
    for (Path file : repositoryYamlFiles()) {
      String text = Files.readString(file, StandardCharsets.UTF_8);
      if (BlockSubsetParser.parse(FILE, text).isPresent() && text.length() < 20_000) {
        sources.add(text);
      }
    }
    assertThat(sources).isNotEmpty();

    Random random = new Random(20261204L);
    int fast = 0;
    int cases = 6000;
    for (int i = 0; i < cases; i++) {
      String text = sources.get(random.nextInt(sources.size()));
      int edits = 1 + random.nextInt(3);
      for (int e = 0; e < edits; e++) {
        text = mutate(text, random);
      }
      if (compare("case " + i, text)) {
        fast++;
      }
    }

    // Many edits keep a map inside the subset. The test compares trees only for those, so it
    // requires enough of them.
    assertThat(fast).as("mutated maps read by the block subset parser").isGreaterThan(cases / 3);
  }

  @Test
  void agreesWithSnakeYamlOnGeneratedDocuments() {
    Random random = new Random(42L);
    int fast = 0;
    int cases = 5000;
    for (int i = 0; i < cases; i++) {
      StringBuilder text = new StringBuilder();
      new DocumentWriter(random, text).mapping(0, 0);
      String document =
          random.nextInt(5) == 0 ? text.toString().replace("\n", "\r\n") : text.toString();
      if (compare("document " + i, document)) {
        fast++;
      }
    }

    // A third of the generated words are outside the subset, so about a third of the documents
    // are read by the block subset parser.
    assertThat(fast)
        .as("generated documents read by the block subset parser")
        .isGreaterThan(cases / 4);
  }

  /** Writes random block-style YAML, mostly inside the subset and sometimes just outside it. */
  private record DocumentWriter(Random random, StringBuilder out) {

    private static final String[] WORDS = {
      "x",
      "grade entry",
      "a:b",
      "a #b",
      "a#b",
      "it's",
      "say \"hi\"",
      "C:\\path",
      "-x",
      "?x",
      ":x",
      "1",
      "-2",
      "0x1F",
      "1e3",
      ".5",
      "~",
      "null",
      "true",
      "False",
      "no",
      "é",
      "😀 ok",
      "日本語",
      "a  b",
      "https://x.org/a?b=c#d",
      "&lt;",
      "<b>",
      "50%",
      "x,y",
      "[x]",
      "{x}",
      " x",
      "x ",
      "",
      "a: b",
      "- x",
      "#x",
      "'",
      "\"",
      "\\",
      "@x",
      "`x`",
      "|",
      ">",
      "...",
      "---"
    };

    void mapping(int column, int depth) {
      int keys = 1 + random.nextInt(4);
      for (int k = 0; k < keys; k++) {
        filler(column);
        indent(column);
        out.append(scalarText(true)).append(':');
        value(column, depth);
      }
    }

    private void sequence(int column, int depth) {
      int items = 1 + random.nextInt(3);
      for (int k = 0; k < items; k++) {
        filler(column);
        indent(column);
        out.append('-');
        int kind = random.nextInt(6);
        if (kind == 0 && depth < 4) {
          int keyColumn = column + 2;
          out.append(' ').append(scalarText(true)).append(':');
          value(keyColumn, depth + 1);
          if (random.nextBoolean()) {
            indent(keyColumn);
            out.append(scalarText(true)).append(':');
            value(keyColumn, depth + 1);
          }
        } else if (kind == 1 && depth < 4) {
          out.append(random.nextBoolean() ? "\n" : " # c\n");
          mapping(column + 2, depth + 1);
        } else {
          out.append(' ');
          inlineScalar(column);
        }
      }
    }

    private void value(int column, int depth) {
      int kind = random.nextInt(depth < 4 ? 7 : 4);
      switch (kind) {
        case 0, 1, 2 -> {
          out.append(' ');
          inlineScalar(column);
        }
        case 3 -> out.append(random.nextBoolean() ? "\n" : "  # empty\n");
        case 4 -> {
          out.append('\n');
          mapping(column + 1 + random.nextInt(3), depth + 1);
        }
        case 5 -> {
          out.append('\n');
          sequence(column + (random.nextBoolean() ? 0 : 2), depth + 1);
        }
        default -> {
          out.append(' ').append(flow(depth)).append('\n');
        }
      }
    }

    private void inlineScalar(int column) {
      if (random.nextInt(4) == 0) {
        blockScalar(column);
        return;
      }
      out.append(scalarText(false));
      if (random.nextInt(5) == 0) {
        out.append(random.nextBoolean() ? " # note" : "   #");
      }
      out.append('\n');
    }

    private void blockScalar(int column) {
      out.append(random.nextBoolean() ? '|' : '>');
      out.append(new String[] {"", "", "-", "+"}[random.nextInt(4)]);
      out.append(random.nextInt(4) == 0 ? " # header\n" : "\n");
      int indent = column + 1 + random.nextInt(3);
      int lines = random.nextInt(5);
      for (int i = 0; i < lines; i++) {
        switch (random.nextInt(6)) {
          case 0 -> out.append(" ".repeat(random.nextInt(indent + 3))).append('\n');
          case 1 -> indent(indent + 1 + random.nextInt(2));
          default -> indent(indent);
        }
        if (out.charAt(out.length() - 1) != '\n') {
          out.append(WORDS[random.nextInt(WORDS.length)]).append("\n");
        }
      }
    }

    private String flow(int depth) {
      if (random.nextBoolean()) {
        List<String> items = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
          items.add(depth < 5 && random.nextInt(5) == 0 ? flow(depth + 1) : scalarText(false));
        }
        return "[" + String.join(random.nextBoolean() ? ", " : ",", items) + "]";
      }
      List<String> entries = new ArrayList<>();
      for (int i = random.nextInt(3); i > 0; i--) {
        String value = depth < 5 && random.nextInt(5) == 0 ? flow(depth + 1) : scalarText(false);
        entries.add(scalarText(true) + ": " + value);
      }
      return "{" + String.join(", ", entries) + "}";
    }

    private String scalarText(boolean key) {
      String word = WORDS[random.nextInt(WORDS.length)];
      return switch (random.nextInt(key ? 5 : 4)) {
        case 0 -> "'" + word.replace("'", "''") + "'";
        case 1 -> "\"" + word.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
        default -> word.isEmpty() ? "x" : word;
      };
    }

    /** Sometimes writes a blank line, spaces or a comment line before an entry. */
    private void filler(int column) {
      switch (random.nextInt(8)) {
        case 0 -> out.append('\n');
        case 1 -> out.append(" ".repeat(random.nextInt(6))).append('\n');
        case 2 -> out.append(" ".repeat(random.nextInt(column + 4))).append("# comment\n");
        default -> {}
      }
    }

    private void indent(int column) {
      out.append(" ".repeat(column));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: 1\n",
        "a: 1",
        "a:\n",
        "a:",
        "a:   # note\nb: 2\n",
        "--- # map\na: x\n",
        "a: x\r\nb:\r\n  - y\r\n  - z\r\n",
        "a: 'it''s'\nb: \"say \\\"hi\\\"\\n\\t\\\\ \\/ \\u00e9\"\n",
        "a: 'x' # c\nb: \"y\"   # c\n",
        "\"quoted key\": 1\n'single key': 2\n",
        "a: b: c\n",
        "a: x\n  y\n",
        "a: x\n\n   # c\n  y\n",
        "a: x\n# c\n  y\n",
        "a:\n- x\n- y\nb: 2\n",
        "a:\n  - x\n  b: 2\n",
        "a:\n  - id: x\n    name: y\n  - id: z\n",
        "- a\n- b: c\n  d: e\n-\n  f: g\n- # note\n  - h\n",
        "- - a\n",
        "-\n- a\n",
        "a: |\n  one\n  two\n",
        "a: |-\n  one\n\n  two\n\n\nb: 1\n",
        "a: |+\n  one\n\n\nb: 1\n",
        "a: >\n  one\n  two\n\n  three\n    indented\n  four\n",
        "a: >-\n\n  one\n   \n  two\n",
        "a: |\n    \n  x\n",
        "a: |\n  x\n     \n  y\n",
        "a: |\nb: 1\n",
        "a: |+\n\n\nb: 1\n",
        "x:\n  a: |\n",
        "a: |2\n   x\n",
        "a: | # note\n  x\n# after\n",
        "a: |\n  x",
        "a: >\n  x\n  y",
        "a: |\n  # not a comment\n  x\n",
        "a: 😀 b\nc: é😀\n  # 😀\nd: '😀'\n",
        "a: x\n---\nb: y\n",
        "a: x\n...\n",
        "%YAML 1.2\n---\na: x\n",
        "a: &x 1\nb: *x\n",
        "a: !!str 1\n",
        "a: [1, 2]\n",
        "? a\n: b\n",
        "a:\tb\n",
        "  a: 1\nb: 2\n",
        "a: 1\n  b: 2\n",
        "a:\n  b: 1\n c: 2\n",
        "a: -x\nb: ?y\nc: :z\nd: a:b\ne: a#b\nf: a #b\n",
        "a: - x\n",
        "a: 'x\n  y'\n",
        "a: \"x\\\n  y\"\n",
        "- 1\n- -2\n- 0x1F\n- .5\n- .inf\n- ~\n- null\n- True\n- no\n- 1e3\n",
        "a: \"\\x41\"\n",
        "a: \"\\ud83d\"\n",
        "a: \"x\"y\n",
        "a: 'x'y\n",
        "a: \"x\"#y\n",
        "k: v\n\u2028",
        "\uFEFFa: 1\n",
        "",
        "# only a comment\n",
        "plain scalar\n",
        "a: 1 # c\n...\n",
        "a: [x, 'y', \"z\", 1, ~]\nb: []\nc: [ x , y ]  # c\n- [a]\n",
        "- [a, b]\n- []\n",
        "a: [a b, c:d, -e, https://x.org/a?b=c]\n",
        "a: [x,]\n",
        "a: [x, [y]]\n",
        "a: [x: y]\n",
        "a: [x, {y: z}]\n",
        "a: [x\n  , y]\n",
        "a: [x, y] z\n",
        "a: [x #c\n]\n",
        "a: ['x' , \"y\"]\n",
        "a: [- x]\n",
        "a: [x, - y]\n",
        "a: [&x y, *x]\n",
        "- {id: a, name: Grade entry, tags: [x, 'y'], n: {}}\n- {}\n",
        "a: {b: c, d: [e, {f: g}]}  # c\n",
        "a: {\"b\": c, 'd': e}\n",
        "a: {b:c}\n",
        "a: {b: }\n",
        "a: {b}\n",
        "a: {b: c,}\n",
        "a: {[b]: c}\n",
        "a: {b: c\n  , d: e}\n",
        "a: {? b : c}\n",
        "a: {b : c}\n",
        "a: {\"b\":c}\n",
        "a: [{b: c}, {d: e}]\n",
        "-   a: 1\n    b: 2\n",
        "- a: 1\n   b: 2\n",
        "- a: 1\n b: 2\n",
        "a: |\n  x\n# c\n  y\n",
        "a: --- x\nb: 50%\nc: hi!\nd: a & b\ne: <<\n",
        "<<: x\n",
        "a: [x]#c\nb: {y: z}#c\n- [x]# c\n",
        "a: [x]#c\nb: {y: z}#c\n",
        "😀: [😀, b, 😀😀, c]\nb: {😀: x, y: 😀, z: [😀]}\n- 😀\n",
        "- 😀: [😀, b]\n  c😀: {d: 😀}\n",
        // Arabic-Indic and fullwidth digits after \\u, which YAML does not read as hexadecimal.
        "a: \"\\u\u0660\u0660\u0664\u0661\"\n",
        "a: \"\\u\uFF26\uFF26\uFF12\uFF10\"\n",
      })
  void agreesWithSnakeYamlOnEdgeCases(String text) {
    compare("edge case", text);
  }

  /**
   * Lets Jazzer search for text that the two parsers read differently. A normal {@code mvn test}
   * runs only the saved inputs; docs/fuzzing.md has the command that generates new ones.
   */
  @FuzzTest(maxDuration = "5m")
  @DictionaryEntries({
    ": ",
    "\\x0A",
    "\\x0A  ",
    "- ",
    "#",
    " #",
    "'",
    "\"",
    "\\\\",
    "|",
    ">-",
    "|+",
    "[",
    "]",
    "{",
    "}",
    ", ",
    "---",
    "\\x0D\\x0A",
    "\\xC3\\xA9",
    "\\xF0\\x9F\\x98\\x80"
  })
  void agreesWithSnakeYamlUnderFuzzing(byte[] input) {
    compare("fuzzed input", new String(input, StandardCharsets.UTF_8));
  }

  @Test
  void leavesDeepNestingToSnakeYaml() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < Limits.MAX_DEPTH + 1; i++) {
      text.append("  ".repeat(i)).append("k:\n");
    }
    text.append("  ".repeat(Limits.MAX_DEPTH + 1)).append("v: 1\n");

    assertThat(BlockSubsetParser.parse(FILE, text.toString())).isEmpty();
  }

  @Test
  void agreesWithSnakeYamlOnLongKeys() {
    for (int length : new int[] {1000, 1024, 1025, 1100}) {
      String key = "k".repeat(length);
      compare("block key of " + length, key + ": v\n");
      compare("flow key of " + length, "a: {" + key + ": v}\n");
      compare("quoted flow key of " + length, "a: {'" + key + "': v}\n");
    }
  }

  @Test
  void sharesStringOfRecurringKey() {
    SequenceNode root =
        (SequenceNode) BlockSubsetParser.parse(FILE, "- id: a\n- id: b\n").orElseThrow();

    ScalarNode first =
        (ScalarNode) ((MappingNode) root.getValue().get(0)).getValue().get(0).getKeyNode();
    ScalarNode second =
        (ScalarNode) ((MappingNode) root.getValue().get(1)).getValue().get(0).getKeyNode();
    assertThat(second.getValue()).isSameAs(first.getValue());
    assertThat(second.getStartMark().orElseThrow().getLine()).isEqualTo(1);
  }

  @Test
  void countsMarksInCodePoints() {
    Optional<Node> root = BlockSubsetParser.parse(FILE, "a: 😀😀\nb: x\n");

    MappingNode mapping = (MappingNode) root.orElseThrow();
    Mark mark = mapping.getValue().get(1).getValueNode().getStartMark().orElseThrow();
    assertThat(mark.getIndex()).isEqualTo(9);
    assertThat(mark.getLine()).isEqualTo(1);
    assertThat(mark.getColumn()).isEqualTo(3);
  }

  /**
   * Parses the text both ways and fails if the block subset parser reads it but builds another tree
   * than SnakeYAML, or reads text that SnakeYAML rejects. Returns whether it read the text.
   */
  private static boolean compare(String name, String text) {
    Optional<Node> block = BlockSubsetParser.parse(FILE, text);
    if (block.isEmpty()) {
      return false;
    }
    YamlDocuments.Parsed expected;
    try {
      expected = YamlDocuments.parseWithSnakeYaml(FILE, text);
    } catch (YamlDocuments.YamlException e) {
      fail(
          "%s: read by the block subset parser, rejected by SnakeYAML (%s):%n%s",
          name, e.getMessage(), text);
      return false;
    }
    assertThat(expected.documents()).as(name + ": documents in\n" + text).hasSize(1);
    assertThat(describe(block.get()))
        .as(name + ": tree of\n" + text)
        .isEqualTo(describe(expected.documents().get(0)));
    return true;
  }

  private static String mutate(String text, Random random) {
    int at = random.nextInt(text.length() + 1);
    return switch (random.nextInt(3)) {
      case 0 ->
          text.substring(0, at) + MUTATIONS[random.nextInt(MUTATIONS.length)] + text.substring(at);
      case 1 -> at < text.length() ? text.substring(0, at) + text.substring(at + 1) : text;
      default -> {
        int end = Math.min(text.length(), at + 1 + random.nextInt(8));
        yield text.substring(0, at)
            + MUTATIONS[random.nextInt(MUTATIONS.length)]
            + text.substring(end);
      }
    };
  }

  /** Writes a tree with every field that the loader reads, one node per line. */
  private static String describe(Node root) {
    StringBuilder out = new StringBuilder();
    describe(root, 0, out);
    return out.toString();
  }

  private static void describe(Node node, int depth, StringBuilder out) {
    out.append("  ".repeat(depth));
    out.append(node.getNodeType()).append(' ').append(node.getTag().getValue());
    out.append(" resolved=").append(node.isResolved());
    out.append(" anchor=").append(node.getAnchor().map(Object::toString).orElse("-"));
    out.append(" at=").append(describe(node.getStartMark()));
    out.append(" end=").append(describe(node.getEndMark()));
    if (node instanceof ScalarNode scalar) {
      out.append(' ').append(scalar.getScalarStyle());
      out.append(" value=[").append(scalar.getValue().replace("\n", "\\n")).append("]\n");
    } else if (node instanceof SequenceNode sequence) {
      out.append(' ').append(sequence.getFlowStyle()).append('\n');
      for (Node item : sequence.getValue()) {
        describe(item, depth + 1, out);
      }
    } else if (node instanceof MappingNode mapping) {
      out.append(' ').append(mapping.getFlowStyle()).append('\n');
      for (NodeTuple tuple : mapping.getValue()) {
        describe(tuple.getKeyNode(), depth + 1, out);
        describe(tuple.getValueNode(), depth + 2, out);
      }
    }
  }

  private static String describe(Optional<Mark> mark) {
    return mark.map(
            m ->
                m.getName()
                    + ":"
                    + m.getIndex()
                    + ":"
                    + m.getLine()
                    + ":"
                    + m.getColumn()
                    + ":"
                    + m.getBuffer().length
                    + ":"
                    + m.getPointer())
        .orElse("-");
  }

  private static List<Path> repositoryYamlFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (String root : List.of("examples", "src/test/resources")) {
      try (Stream<Path> paths = Files.walk(Path.of(root))) {
        paths
            .filter(Files::isRegularFile)
            .filter(p -> !p.toString().endsWith(".json") && !p.toString().endsWith(".svg"))
            .filter(p -> isUtf8(p))
            .sorted()
            .forEach(files::add);
      }
    }
    return files;
  }

  private static boolean isUtf8(Path file) {
    try {
      byte[] bytes = Files.readAllBytes(file);
      StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes));
      return bytes.length < 1_000_000;
    } catch (IOException e) {
      return false;
    }
  }
}
