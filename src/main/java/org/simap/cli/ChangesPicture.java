package org.simap.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.simap.diff.ChangeKind;
import org.simap.diff.MapDiff;
import org.simap.diff.MergedMap;
import org.simap.io.AtomicFiles;
import org.simap.io.IoErrors;
import org.simap.render.MapRenderer;
import org.simap.render.Mark;
import org.simap.render.RenderFormat;
import org.simap.render.RenderOptions;
import org.simap.render.engine.LayoutEngine;
import org.simap.render.engine.RenderException;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * The picture of {@code simap diff --render FILE}: the new version of a map with its changes marked
 * and its removed elements drawn as ghosts. The format comes from the file name, as with {@code
 * simap render -o}, and SVG is the default.
 */
final class ChangesPicture {

  private final String name;
  private final Path target;
  private final RenderFormat format;
  private final MapRenderer renderer;

  private ChangesPicture(String name, Path target, RenderFormat format, MapRenderer renderer) {
    this.name = name;
    this.target = target;
    this.format = format;
    this.renderer = renderer;
  }

  /**
   * Starts the layout engine for a picture written to {@code file}.
   *
   * @throws ParameterException if the file is standard output or the engine cannot draw its format
   * @throws RenderException if the engine cannot be started, such as a dot program not found
   */
  static ChangesPicture prepare(
      String file, EngineOptions engineOptions, Environment environment, CommandLine commandLine)
      throws RenderException {
    if (file.equals("-")) {
      throw new ParameterException(
          commandLine,
          "--render needs a file name, because standard output has the diff; use --render"
              + " changes.svg");
    }
    RenderFormat format = RenderFormat.ofFileName(file).orElse(RenderFormat.SVG);
    LayoutEngine engine = null;
    if (format != RenderFormat.DOT) {
      engine = engineOptions.create(environment, format, commandLine, "name an .svg file");
    }
    return new ChangesPicture(
        file, environment.resolve(file), format, new MapRenderer(engine, engineOptions.timeout()));
  }

  /**
   * Draws the merged map of two versions and writes it in one step.
   *
   * @return a message saying what failed, or nothing when the picture was written. After a failure
   *     the target is left as it was.
   */
  Optional<String> write(MapComparison.Versions versions, MapDiff diff) {
    MergedMap merged = MergedMap.of(versions.oldMap(), versions.newMap(), diff);
    RenderOptions options = RenderOptions.defaults().withMarks(marks(merged.kinds()));
    byte[] picture;
    try {
      picture = renderer.render(merged.map(), options, format).content();
    } catch (RenderException e) {
      return Optional.of(name + ": render failed: " + e.getMessage());
    }
    try {
      Files.createDirectories(target.toAbsolutePath().getParent());
      AtomicFiles.write(target, picture);
    } catch (IOException e) {
      return Optional.of(
          name
              + ": could not write the picture ("
              + IoErrors.reason(e)
              + "); check that the folder exists and is writable. Any previous file is unchanged.");
    }
    return Optional.empty();
  }

  /**
   * Returns the picture's mark of each changed element. The picture has no mark of its own for a
   * rename, so a renamed element, drawn under its new id, is marked as changed.
   */
  static Map<String, Mark> marks(Map<String, ChangeKind> kinds) {
    Map<String, Mark> marks = new LinkedHashMap<>();
    kinds.forEach(
        (id, kind) ->
            marks.put(
                id,
                switch (kind) {
                  case ADDED -> Mark.ADDED;
                  case REMOVED -> Mark.REMOVED;
                  case CHANGED, RENAMED -> Mark.CHANGED;
                  case MOVED -> Mark.MOVED;
                }));
    return marks;
  }
}
