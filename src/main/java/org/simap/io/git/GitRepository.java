package org.simap.io.git;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.simap.io.Limits;

/**
 * Reads map files from a git repository by running the {@code git} program: one process per
 * question, with explicit arguments (never a shell) and a time limit.
 *
 * <p>Paths given to and returned by this class are relative to the repository's top folder and use
 * {@code /}, as git writes them.
 */
public final class GitRepository {

  /** How long one git call may take before it is stopped; reading a blob takes milliseconds. */
  static final Duration TIMEOUT = Duration.ofSeconds(30);

  /** The pathspecs of map files anywhere in the repository, wherever git runs. */
  private static final List<String> MAP_PATHSPECS =
      List.of(":(top,glob)**/*.simap.yaml", ":(top,glob)**/*.simap.yml");

  private final Path workingDirectory;
  private final Path topLevel;

  private GitRepository(Path workingDirectory, Path topLevel) {
    this.workingDirectory = workingDirectory;
    this.topLevel = topLevel;
  }

  /** Finds the repository that contains a folder. */
  public static GitRepository open(Path workingDirectory) throws GitException {
    Result result = run(workingDirectory, List.of("rev-parse", "--show-toplevel"), 64 * 1024);
    if (result.exitCode() != 0) {
      String reason = result.firstErrorLine();
      if (reason.contains("not a git repository")) {
        throw new GitException(
            "not a git repository: "
                + workingDirectory
                + "; run simap diff inside a repository, or compare two files");
      }
      throw new GitException("git rev-parse failed: " + reason);
    }
    String top = result.text().strip();
    if (top.isEmpty()) {
      // A bare repository or the .git folder itself: there is no working tree to compare with.
      throw new GitException(
          "no working tree at " + workingDirectory + "; run simap diff in a checkout");
    }
    return new GitRepository(workingDirectory, Path.of(top));
  }

  /** Returns the repository's top folder, as git reports it. */
  public Path topLevel() {
    return topLevel;
  }

  /**
   * Returns the path of a file relative to the top folder, or empty when it lies outside the
   * repository. {@code path} is relative to the working folder or absolute.
   */
  public Optional<String> repositoryPath(String path) {
    Path absolute = realFolder(workingDirectory).resolve(path).normalize();
    Path top = realFolder(topLevel);
    if (!absolute.startsWith(top) || absolute.equals(top)) {
      return Optional.empty();
    }
    return Optional.of(top.relativize(absolute).toString().replace('\\', '/'));
  }

  /** Returns the path, relative to the working folder, of a path relative to the top folder. */
  public String workingPath(String repositoryPath) {
    Path absolute = realFolder(topLevel).resolve(repositoryPath);
    return realFolder(workingDirectory).relativize(absolute).toString();
  }

  private static Path realFolder(Path folder) {
    try {
      return folder.toRealPath();
    } catch (IOException e) {
      return folder.toAbsolutePath().normalize();
    }
  }

  /** Resolves a revision, such as {@code HEAD~1}, {@code main} or a hash, to a commit id. */
  public String resolveCommit(String revision) throws GitException {
    if (revision.isEmpty() || revision.startsWith("-")) {
      // A leading '-' would reach git as an option.
      throw new GitException("invalid revision '" + revision + "'; name a commit, such as HEAD~1");
    }
    Result result =
        git(List.of("rev-parse", "--verify", "--quiet", revision + "^{commit}"), 64 * 1024);
    if (result.exitCode() != 0) {
      throw new GitException(
          "unknown revision '" + revision + "'; check the name with 'git log --oneline'");
    }
    return result.text().strip();
  }

  /**
   * Reads a file as it is in a commit. Returns empty when the commit has no such path, and fails
   * when the path is a folder or the file is larger than the size limit of maps.
   */
  public Optional<byte[]> read(String commit, String repositoryPath) throws GitException {
    Result object =
        git(List.of("rev-parse", "--verify", "--quiet", commit + ":" + repositoryPath), 64 * 1024);
    if (object.exitCode() != 0) {
      return Optional.empty();
    }
    String id = object.text().strip();
    Result type = git(List.of("cat-file", "-t", id), 1024);
    if (!type.text().strip().equals("blob")) {
      throw new GitException(
          "'" + repositoryPath + "' is a folder in " + commit + "; name map files instead");
    }
    Result blob = git(List.of("cat-file", "blob", id), Limits.MAX_FILE_BYTES);
    if (blob.exitCode() != 0) {
      throw new GitException(
          "git cat-file failed for '" + repositoryPath + "': " + blob.firstErrorLine());
    }
    return Optional.of(blob.stdout());
  }

  /**
   * A map file that differs between two versions: its path on each side, absent where the file does
   * not exist. A renamed file has both paths.
   */
  public record ChangedFile(Optional<String> oldPath, Optional<String> newPath) {}

  /**
   * Lists the map files that differ between two commits, or between a commit and the working tree
   * when {@code newCommit} is empty, in git's order (sorted by path). Untracked files are not
   * listed, as in {@code git diff}.
   */
  public List<ChangedFile> changedMaps(String oldCommit, Optional<String> newCommit)
      throws GitException {
    List<String> args =
        new ArrayList<>(
            List.of("diff", "--no-ext-diff", "--no-textconv", "--name-status", "-z", "-M"));
    args.add(oldCommit);
    newCommit.ifPresent(args::add);
    args.add("--");
    args.addAll(MAP_PATHSPECS);
    Result result = git(args, Limits.MAX_FILE_BYTES);
    if (result.exitCode() != 0) {
      throw new GitException("git diff failed: " + result.firstErrorLine());
    }
    return parseNameStatus(result.text());
  }

  /** Parses {@code --name-status -z} output: a status, then one path, or two for a rename. */
  static List<ChangedFile> parseNameStatus(String output) {
    String[] fields = output.split("\0");
    List<ChangedFile> files = new ArrayList<>();
    int i = 0;
    while (i < fields.length && !fields[i].isEmpty()) {
      char status = fields[i].charAt(0);
      switch (status) {
        case 'R' -> {
          files.add(new ChangedFile(Optional.of(fields[i + 1]), Optional.of(fields[i + 2])));
          i += 3;
        }
        case 'C' -> {
          // A copy leaves the original in place, so the new file is an added map.
          files.add(new ChangedFile(Optional.empty(), Optional.of(fields[i + 2])));
          i += 3;
        }
        case 'A' -> {
          files.add(new ChangedFile(Optional.empty(), Optional.of(fields[i + 1])));
          i += 2;
        }
        case 'D' -> {
          files.add(new ChangedFile(Optional.of(fields[i + 1]), Optional.empty()));
          i += 2;
        }
        default -> {
          files.add(new ChangedFile(Optional.of(fields[i + 1]), Optional.of(fields[i + 1])));
          i += 2;
        }
      }
    }
    return files;
  }

  private Result git(List<String> args, int maxOutputBytes) throws GitException {
    return run(workingDirectory, args, maxOutputBytes);
  }

  /** The exit code and output of one git call. */
  record Result(int exitCode, byte[] stdout, String stderr) {

    String text() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    String firstErrorLine() {
      String line = stderr.strip().lines().findFirst().orElse("no message");
      return line.startsWith("fatal: ") ? line.substring("fatal: ".length()) : line;
    }
  }

  /**
   * Runs git in a folder and collects its output. Standard output beyond {@code maxOutputBytes}
   * stops the process and fails, so that a huge blob cannot exhaust memory.
   */
  private static Result run(Path directory, List<String> args, int maxOutputBytes)
      throws GitException {
    List<String> command = new ArrayList<>();
    command.add("git");
    // Paths with non-ASCII characters come out as they are, not octal-escaped and quoted.
    command.addAll(List.of("-c", "core.quotepath=false"));
    command.addAll(args);
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile());
    builder.environment().put("GIT_TERMINAL_PROMPT", "0");
    // Reading must not take the index lock that a concurrent git command may need.
    builder.environment().put("GIT_OPTIONAL_LOCKS", "0");
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      throw new GitException("git could not be started (" + e.getMessage() + "); install git");
    }
    try {
      process.getOutputStream().close();
      OutputReader out = OutputReader.start(process.getInputStream(), maxOutputBytes, process);
      OutputReader err = OutputReader.start(process.getErrorStream(), 64 * 1024, process);
      if (!process.waitFor(TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new GitException(
            "git " + args.get(0) + " timed out after " + TIMEOUT.toSeconds() + " s");
      }
      byte[] stdout = out.finish();
      byte[] stderr = err.finish();
      if (out.exceeded) {
        throw new GitException(
            "git "
                + args.get(0)
                + " output is larger than "
                + maxOutputBytes / (1024 * 1024)
                + " MiB; split the map into smaller maps");
      }
      return new Result(process.exitValue(), stdout, new String(stderr, StandardCharsets.UTF_8));
    } catch (IOException e) {
      process.destroyForcibly();
      throw new GitException("could not read the output of git: " + e.getMessage());
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new GitException("interrupted while waiting for git");
    }
  }

  /** Reads one output stream of a process on its own thread, so that neither stream blocks. */
  private static final class OutputReader extends Thread {
    private final InputStream in;
    private final int limit;
    private final Process process;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private volatile boolean exceeded;
    private volatile IOException failure;

    private OutputReader(InputStream in, int limit, Process process) {
      super("git-output");
      this.in = in;
      this.limit = limit;
      this.process = process;
      setDaemon(true);
    }

    static OutputReader start(InputStream in, int limit, Process process) {
      OutputReader reader = new OutputReader(in, limit, process);
      reader.start();
      return reader;
    }

    @Override
    public void run() {
      byte[] buffer = new byte[8192];
      try (in) {
        int n;
        while ((n = in.read(buffer)) != -1) {
          if (bytes.size() + n > limit) {
            exceeded = true;
            process.destroyForcibly();
            return;
          }
          bytes.write(buffer, 0, n);
        }
      } catch (IOException e) {
        failure = e;
      }
    }

    byte[] finish() throws IOException, InterruptedException {
      join(TimeUnit.SECONDS.toMillis(5));
      if (failure != null && !exceeded) {
        throw failure;
      }
      return bytes.toByteArray();
    }
  }
}
