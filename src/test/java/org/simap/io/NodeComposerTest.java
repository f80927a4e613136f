package org.simap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simap.model.Diagnostic;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

class NodeComposerTest {

  private static Node parseOne(String text) throws YamlDocuments.YamlException {
    List<Node> documents = YamlDocuments.parse("m.simap.yaml", text).documents();
    assertThat(documents).hasSize(1);
    return documents.get(0);
  }

  @Test
  void keepsStartPositionOfEveryNode() throws Exception {
    MappingNode root = (MappingNode) parseOne("a: 1\nb:\n  - x\n  - {c: d}\n");

    Node list = root.getValue().get(1).getValueNode();
    Node flow = ((SequenceNode) list).getValue().get(1);
    assertThat(Entry.position("m.simap.yaml", list).line()).isEqualTo(3);
    assertThat(Entry.position("m.simap.yaml", flow).line()).isEqualTo(4);
    assertThat(Entry.position("m.simap.yaml", flow).column()).isEqualTo(5);
  }

  @Test
  void resolvesPlainScalarsWithCoreSchema() throws Exception {
    SequenceNode list = (SequenceNode) parseOne("[1, no, ~, '1', true]");

    assertThat(list.getValue())
        .extracting(Node::getTag)
        .containsExactly(Tag.INT, Tag.STR, Tag.NULL, Tag.STR, Tag.BOOL);
  }

  @Test
  void keepsExplicitTag() throws Exception {
    ScalarNode scalar = (ScalarNode) parseOne("!!python/object:os.system x");

    assertThat(scalar.getTag().getValue()).isEqualTo("tag:yaml.org,2002:python/object:os.system");
  }

  @Test
  void sharesAliasedNode() throws Exception {
    SequenceNode list = (SequenceNode) parseOne("[&a {k: v}, *a]");

    assertThat(list.getValue().get(1)).isSameAs(list.getValue().get(0));
    assertThat(list.getValue().get(0).getAnchor()).isPresent();
  }

  @Test
  void keepsSelfReferenceWithoutLooping() throws Exception {
    SequenceNode list = (SequenceNode) parseOne("&a [*a]");

    assertThat(list.getValue().get(0)).isSameAs(list);
  }

  @Test
  void rejectsUndefinedAlias() {
    assertThatThrownBy(() -> parseOne("a: *nowhere\n"))
        .isInstanceOf(YamlDocuments.YamlException.class)
        .extracting(e -> ((YamlDocuments.YamlException) e).diagnostic())
        .extracting(Diagnostic::message)
        .isEqualTo("invalid YAML: found undefined alias 'nowhere'");
  }

  @Test
  void keepsNonScalarKeyForReader() {
    LoadResult result = MapLoader.load(MapSource.of("m.simap.yaml", "simap: 1\n? [a, b]\n: x\n"));

    assertThat(result.diagnostics())
        .extracting(Diagnostic::rule)
        .contains(Entry.TYPE)
        .doesNotContain(YamlDocuments.LIMIT_RULE);
    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .contains("keys in the map must be plain words, found a list");
  }

  @Test
  void readsEnvironmentVariableSyntaxAsText() throws Exception {
    SequenceNode list = (SequenceNode) parseOne("- ${HOME}\n- <<\n");

    assertThat(list.getValue()).extracting(Node::getTag).containsExactly(Tag.STR, Tag.STR);
  }

  @Test
  void resolvesSignedAndSpecialNumbers() throws Exception {
    SequenceNode list = (SequenceNode) parseOne("[-1, +2, .5, .inf, .nan, 0x1F, Null, TRUE, x1]");

    assertThat(list.getValue())
        .extracting(Node::getTag)
        .containsExactly(
            Tag.INT, Tag.INT, Tag.FLOAT, Tag.FLOAT, Tag.FLOAT, Tag.INT, Tag.NULL, Tag.BOOL,
            Tag.STR);
  }

  @Test
  void treatsMergeKeyAsPlainKey() {
    LoadResult result =
        MapLoader.load(MapSource.of("m.simap.yaml", "simap: 1\nbase: &b {title: t}\n<<: *b\n"));

    assertThat(result.diagnostics())
        .extracting(Diagnostic::message)
        .anyMatch(message -> message.startsWith("unknown field '<<' in the map"));
    assertThat(result.diagnostics()).extracting(Diagnostic::rule).doesNotContain(Tags.RULE);
  }
}
