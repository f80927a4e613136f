package org.simap.cli;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Watches map files and calls back when one changes, until the thread is interrupted.
 *
 * <p>It watches each file's folder, because editors often save by writing a new file and renaming
 * it over the old one, which a watch on the file itself would miss. Events for one file that arrive
 * close together, as one save often produces several, are reported once: the watcher waits until
 * the file has been quiet for the debounce time.
 */
final class MapWatcher implements AutoCloseable {

  /** Quiet time after the last event before a change is reported. */
  static final Duration DEBOUNCE = Duration.ofMillis(200);

  private final WatchService service;
  private final Map<WatchKey, Path> folders = new LinkedHashMap<>();
  private final Map<Path, String> watched = new LinkedHashMap<>();

  /**
   * Starts watching. Changes made after this returns are reported.
   *
   * @param files each map file mapped to the name its messages use
   */
  MapWatcher(Map<Path, String> files) throws IOException {
    service = FileSystems.getDefault().newWatchService();
    for (Map.Entry<Path, String> file : files.entrySet()) {
      Path absolute = file.getKey().toAbsolutePath().normalize();
      watched.put(absolute, file.getValue());
      Path folder = absolute.getParent();
      if (!folders.containsValue(folder)) {
        WatchKey key =
            folder.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_MODIFY);
        folders.put(key, folder);
      }
    }
  }

  /**
   * Calls {@code onChange} with the name of each map that changes, until the thread is interrupted.
   */
  void run(Consumer<String> onChange) {
    try {
      while (true) {
        Set<Path> changed = new LinkedHashSet<>();
        collect(service.take(), changed);
        // Debounce: keep gathering until no event has come for the quiet time.
        WatchKey more;
        while ((more = service.poll(DEBOUNCE.toMillis(), TimeUnit.MILLISECONDS)) != null) {
          collect(more, changed);
        }
        for (Path path : changed) {
          onChange.accept(watched.get(path));
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (ClosedWatchServiceException e) {
      // Closed from another thread: the watch is over.
    }
  }

  private void collect(WatchKey key, Set<Path> changed) {
    Path folder = folders.get(key);
    for (WatchEvent<?> event : key.pollEvents()) {
      if (event.context() instanceof Path name) {
        Path path = folder.resolve(name).normalize();
        if (watched.containsKey(path)) {
          changed.add(path);
        }
      }
    }
    key.reset();
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
