package org.simap.io;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.simap.model.Diagnostic;
import org.simap.model.SourcePosition;
import org.simap.model.SystemMap;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Reads map files: bytes to text to YAML nodes to a {@link SystemMap}, collecting every problem.
 */
public final class MapLoader {

  static final String EMPTY_RULE = "empty-file";
  static final String DOCUMENTS_RULE = "multiple-documents";

  private MapLoader() {}

  /** Loads one map. Never throws for bad content: every problem becomes a diagnostic. */
  public static LoadResult load(MapSource source) {
    String file = source.name();
    List<Diagnostic> diagnostics = new ArrayList<>();
    if (source.bytes().length > Limits.MAX_FILE_BYTES) {
      diagnostics.add(
          Diagnostic.error(
              SourcePosition.wholeFile(file),
              YamlDocuments.LIMIT_RULE,
              "file is larger than "
                  + Limits.MAX_FILE_BYTES / (1024 * 1024)
                  + " MiB; split the map into smaller maps"));
      return new LoadResult(file, Optional.empty(), diagnostics);
    }
    try {
      Text text = TextDecoder.decodeText(source);
      YamlDocuments.Parsed parsed = YamlDocuments.parse(file, text);
      List<Node> documents = parsed.documents();
      if (documents.isEmpty() || Entry.isNull(documents.get(0)) && documents.size() == 1) {
        diagnostics.add(
            Diagnostic.error(
                new SourcePosition(file, 1, 1),
                EMPTY_RULE,
                "file is empty; a map starts with 'simap: 1' followed by its title, problem and levels"));
        return new LoadResult(file, Optional.empty(), diagnostics);
      }
      if (documents.size() > 1) {
        SourcePosition second = Entry.position(file, documents.get(1));
        diagnostics.add(
            Diagnostic.error(
                second,
                DOCUMENTS_RULE,
                "file contains "
                    + documents.size()
                    + " YAML documents; keep one map per file and remove the '---' separators"));
      }
      if (parsed.explicitTags()) {
        Tags.check(file, documents.get(0), diagnostics);
      }
      Optional<SystemMap> map =
          new MapReader(file, diagnostics, text.plain()).read(documents.get(0));
      return new LoadResult(file, map, diagnostics);
    } catch (TextDecoder.DecodeException e) {
      diagnostics.add(e.diagnostic());
    } catch (YamlDocuments.YamlException e) {
      diagnostics.add(e.diagnostic());
    }
    return new LoadResult(file, Optional.empty(), diagnostics);
  }
}
