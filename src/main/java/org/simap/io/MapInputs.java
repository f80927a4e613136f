package org.simap.io;

import java.io.File;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.simap.model.Diagnostic;
import org.simap.model.SourcePosition;

/**
 * Turns command-line arguments into map sources: files are read whatever their name, folders are
 * searched for {@code *.simap.yaml} and {@code *.simap.yml}, and {@code -} is standard input.
 */
public final class MapInputs {

  /** The rule id of an input that could not be read. */
  public static final String READ_RULE = "read-error";

  private static final int READ_CHUNK_BYTES = 1024 * 1024;

  /** The number of files in a folder from which they are read on all cores. */
  private static final int PARALLEL_READS = 16;

  private MapInputs() {}

  /**
   * Returns whether a file name marks it as a map: a non-empty stem before {@code .simap.yaml} or
   * {@code .simap.yml}. The stem rule keeps the lint configuration file {@code .simap.yaml} out.
   */
  public static boolean isMapFile(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return name.length() > ".simap.yaml".length() && name.endsWith(".simap.yaml")
        || name.length() > ".simap.yml".length() && name.endsWith(".simap.yml");
  }

  /** The sources read, in argument order (folders sorted by path), and the inputs that failed. */
  public record Inputs(List<MapSource> sources, List<Diagnostic> failures) {
    public Inputs {
      sources = List.copyOf(sources);
      failures = List.copyOf(failures);
    }
  }

  /** Reads every map the arguments name. */
  public static Inputs read(
      List<String> arguments, InputStream stdin, String stdinName, Path workingDirectory) {
    List<MapSource> sources = new ArrayList<>();
    List<Diagnostic> failures = new ArrayList<>();
    boolean readStdin = false;
    for (String argument : arguments) {
      if (argument.equals("-") && readStdin) {
        failures.add(
            failure(stdinName, "standard input can be read only once; give '-' only once"));
        continue;
      }
      if (argument.equals("-")) {
        readStdin = true;
        try {
          sources.add(new MapSource(stdinName, readLimited(stdin, "input")));
        } catch (InputException e) {
          failures.add(failure(stdinName, e.getMessage()));
        } catch (IOException e) {
          failures.add(failure(stdinName, "could not read standard input: " + e.getMessage()));
        }
        continue;
      }
      Path path = workingDirectory.resolve(argument);
      if (Files.isDirectory(path)) {
        readFolder(argument, path, sources, failures);
      } else {
        readFile(argument, path).addTo(sources, failures);
      }
    }
    return new Inputs(sources, failures);
  }

  private static void readFolder(
      String argument, Path folder, List<MapSource> sources, List<Diagnostic> failures) {
    List<Path> maps = new ArrayList<>();
    int failuresBefore = failures.size();
    try {
      Files.walkFileTree(
          folder,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
              if (attributes.isRegularFile() && isMapFile(file)) {
                maps.add(file);
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              // One unreadable subfolder is reported, and the rest of the folder is still checked.
              String name =
                  Path.of(argument).resolve(folder.relativize(file)).normalize().toString();
              String reason;
              if (e instanceof AccessDeniedException) {
                reason = "permission denied; check the folder's permissions";
              } else if (e instanceof NoSuchFileException) {
                reason = "removed while the folder was searched; run the command again";
              } else {
                reason = "could not read: " + reason(e);
              }
              failures.add(failure(name, reason));
              return FileVisitResult.CONTINUE;
            }
          });
    } catch (IOException e) {
      failures.add(failure(argument, "could not search the folder: " + reason(e)));
      return;
    }
    maps.sort(null);
    if (maps.isEmpty() && failures.size() == failuresBefore) {
      failures.add(
          failure(
              argument,
              "folder contains no map files; map files end in .simap.yaml or .simap.yml"));
      return;
    }
    // Reading 1,000 small files took about 50 ms on one thread, mostly system calls, so both cores
    // share it.
    Stream<Path> files = maps.size() >= PARALLEL_READS ? maps.parallelStream() : maps.stream();
    List<Read> reads =
        files
            .map(
                map ->
                    // Messages name each file as the user would type it: the folder argument, then
                    // the rest. normalize() turns "./a.simap.yaml" into "a.simap.yaml" and keeps a
                    // leading "..".
                    readFile(
                        Path.of(argument).resolve(folder.relativize(map)).normalize().toString(),
                        map))
            .toList();
    for (Read read : reads) {
      read.addTo(sources, failures);
    }
  }

  /** A file read: its source, or the reason it could not be read. */
  record Read(MapSource source, Diagnostic failure) {
    void addTo(List<MapSource> sources, List<Diagnostic> failures) {
      if (source != null) {
        sources.add(source);
      } else {
        failures.add(failure);
      }
    }
  }

  static Read readFile(String name, Path path) {
    // java.io reads a file with less code than java.nio.file, and a short run executes that code
    // interpreted: reading 1,000 maps took 23 ms instead of 36 ms on 2 cores. A failure, or a size
    // that calls for care, takes the path below, whose exceptions name the cause.
    try {
      File file = path.toFile();
      long size = file.length();
      if (size > 0 && size <= Limits.MAX_FILE_BYTES) {
        try (FileInputStream in = new FileInputStream(file)) {
          return new Read(new MapSource(name, in.readAllBytes()), null);
        }
      }
    } catch (IOException e) {
      // Read again below, to report why.
    }
    return readFileExplained(name, path);
  }

  private static Read readFileExplained(String name, Path path) {
    try {
      long size = Files.size(path);
      if (size > Limits.MAX_FILE_BYTES) {
        return new Read(
            null,
            failure(
                name,
                "file is larger than "
                    + Limits.MAX_FILE_BYTES / (1024 * 1024)
                    + " MiB; split the map into smaller maps"));
      }
      if (size > 0 && Files.isRegularFile(path)) {
        // Read in one piece of the right size. A file that grew past the limit since is refused
        // by the loader, which checks the size again.
        return new Read(new MapSource(name, Files.readAllBytes(path)), null);
      }
      // The size above is 0 for a device or a pipe, which can be endless, so reading is bounded.
      try (InputStream in = Files.newInputStream(path)) {
        return new Read(new MapSource(name, readLimited(in, "file")), null);
      }
    } catch (InputException e) {
      return new Read(null, failure(name, e.getMessage()));
    } catch (NoSuchFileException e) {
      return new Read(null, failure(name, "file not found; check the path"));
    } catch (AccessDeniedException e) {
      return new Read(null, failure(name, "permission denied; check the file's permissions"));
    } catch (IOException e) {
      return new Read(null, failure(name, "could not read the file: " + reason(e)));
    }
  }

  /**
   * Reads a stream up to the size limit, so that an endless stream cannot exhaust memory. The
   * chunks are joined only once the end is reached, so input over the limit never needs a second
   * copy. {@code noun} names the input in the message: "file" or "input".
   */
  static byte[] readLimited(InputStream in, String noun) throws IOException, InputException {
    List<byte[]> chunks = new ArrayList<>();
    int total = 0;
    while (true) {
      byte[] chunk = in.readNBytes(READ_CHUNK_BYTES);
      total += chunk.length;
      if (total > Limits.MAX_FILE_BYTES) {
        throw new InputException(
            "-",
            noun
                + " is larger than "
                + Limits.MAX_FILE_BYTES / (1024 * 1024)
                + " MiB; split the map into smaller maps");
      }
      chunks.add(chunk);
      if (chunk.length < READ_CHUNK_BYTES) {
        break; // readNBytes returns a short chunk only at the end of the stream.
      }
    }
    byte[] bytes = new byte[total];
    int offset = 0;
    for (byte[] chunk : chunks) {
      System.arraycopy(chunk, 0, bytes, offset, chunk.length);
      offset += chunk.length;
    }
    return bytes;
  }

  /**
   * Returns why a file operation failed, without the file's absolute path, which the message names
   * already as the user typed it.
   */
  private static String reason(Exception e) {
    if (e instanceof FileSystemException failed && failed.getReason() != null) {
      return failed.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }

  private static Diagnostic failure(String name, String message) {
    return Diagnostic.error(SourcePosition.wholeFile(name), READ_RULE, message);
  }
}
