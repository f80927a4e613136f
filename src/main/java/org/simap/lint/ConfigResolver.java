package org.simap.lint;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.simap.io.ConfigReader;
import org.simap.model.Diagnostic;

/**
 * Chooses the rule settings for each map: from the configuration file given on the command line, or
 * else from the nearest {@code .simap.yaml} beside or above the map. Each file is read once.
 */
public final class ConfigResolver {

  private final Path workingDirectory;
  private final Optional<Path> fixed;
  private final Map<String, Optional<Path>> foundByFolder = new HashMap<>();
  private final Map<Path, LintConfig.Result> loaded = new LinkedHashMap<>();

  private ConfigResolver(Path workingDirectory, Optional<Path> fixed) {
    this.workingDirectory = workingDirectory;
    this.fixed = fixed;
  }

  /** Uses one configuration file for every map. */
  public static ConfigResolver fixed(Path workingDirectory, String configFile) {
    return new ConfigResolver(workingDirectory, Optional.of(workingDirectory.resolve(configFile)));
  }

  /** Searches for each map's configuration file. */
  public static ConfigResolver discover(Path workingDirectory) {
    return new ConfigResolver(workingDirectory, Optional.empty());
  }

  /** The settings of each map by its name, or the errors of the configuration files. */
  public record Resolved(Map<String, RuleSettings> settings, List<Diagnostic> errors) {
    public Resolved {
      settings = Map.copyOf(settings);
      errors = List.copyOf(errors);
    }
  }

  /**
   * Resolves the settings of each map.
   *
   * @param maps the names of the maps as given, or the name given to standard input
   */
  public Resolved resolve(List<String> maps) {
    Map<String, RuleSettings> settings = new HashMap<>();
    for (String name : maps) {
      Optional<Path> config = fixed.isPresent() ? fixed : find(name);
      if (config.isEmpty()) {
        settings.put(name, LintConfig.none().settingsFor(workingDirectory, name));
        continue;
      }
      LintConfig.Result result = loaded.computeIfAbsent(config.get(), this::load);
      result.config().ifPresent(c -> settings.put(name, c.settingsFor(workingDirectory, name)));
    }
    List<Diagnostic> errors = new ArrayList<>();
    loaded.values().forEach(result -> errors.addAll(result.errors()));
    return new Resolved(settings, errors);
  }

  /**
   * Finds the configuration file of a map's folder. Names that share the text up to their last
   * separator and end in a file name share a folder, so a run over a folder of maps searches once.
   * A name that ends otherwise, such as a standard input name of "" or "team/", is looked up alone,
   * because its folder is not the one that its text before the last separator names.
   */
  private Optional<Path> find(String name) {
    int separator = Math.max(name.lastIndexOf('/'), name.lastIndexOf(File.separatorChar));
    String fileName = name.substring(separator + 1);
    if (fileName.isEmpty() || fileName.equals(".") || fileName.equals("..")) {
      return ConfigReader.find(folderOf(name));
    }
    String folderPart = name.substring(0, separator + 1);
    Optional<Path> found = foundByFolder.get(folderPart);
    if (found == null) {
      found = ConfigReader.find(folderOf(name));
      foundByFolder.put(folderPart, found);
    }
    return found;
  }

  private Path folderOf(String name) {
    Path folder = workingDirectory.resolve(name).getParent();
    return folder == null ? workingDirectory : folder;
  }

  private LintConfig.Result load(Path config) {
    return LintConfig.load(config, displayName(config));
  }

  /** Names a configuration file relative to the working folder when it is inside it. */
  private String displayName(Path config) {
    Path base = workingDirectory.toAbsolutePath().normalize();
    Path absolute = config.toAbsolutePath().normalize();
    if (!absolute.startsWith(base)) {
      return absolute.toString();
    }
    String relative = base.relativize(absolute).toString();
    // The working folder itself, given as --config ., relativizes to nothing.
    return relative.isEmpty() ? "." : relative;
  }
}
