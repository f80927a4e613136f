package org.simap.io;

import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.simap.model.Diagnostic;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reports explicit YAML tags such as {@code !!python/object}. simap never constructs objects from
 * tags, so such a tag would be silently ignored; it is more likely a mistake or an attack.
 */
final class Tags {

  static final String RULE = "yaml-tag";

  private static final Set<Tag> STANDARD =
      Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

  private Tags() {}

  /**
   * Walks every distinct node once. Only an anchored node can be reached twice, through an alias,
   * so only those are remembered.
   */
  static void check(String file, Node root, List<Diagnostic> diagnostics) {
    Set<Node> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(root);
    while (!pending.isEmpty()) {
      Node node = pending.pop();
      if (node.getAnchor().isPresent() && !seen.add(node)) {
        continue;
      }
      if (!STANDARD.contains(node.getTag())) {
        diagnostics.add(
            Diagnostic.error(
                Entry.position(file, node),
                RULE,
                "unsupported YAML tag '"
                    + node.getTag().getValue().replace(Tag.PREFIX, "!!")
                    + "'; remove it, maps use plain values"));
      }
      if (node instanceof SequenceNode sequence) {
        sequence.getValue().forEach(pending::push);
      } else if (node instanceof MappingNode mapping) {
        for (NodeTuple tuple : mapping.getValue()) {
          pending.push(tuple.getKeyNode());
          pending.push(tuple.getValueNode());
        }
      }
    }
  }
}
