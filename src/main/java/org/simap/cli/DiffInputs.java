package org.simap.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.simap.io.MapInputs;
import org.simap.io.MapSource;
import org.simap.io.git.GitException;
import org.simap.io.git.GitRepository;
import org.simap.model.Diagnostic;
import org.simap.model.SourcePosition;

/**
 * Reads both sides of each comparison of a {@link DiffRequest}: files from the working folder or
 * standard input, and files in revisions through git. Git runs only when a revision is named.
 */
final class DiffInputs {

  /** The sources of one comparison; a side is absent when the file does not exist there. */
  record SourcePair(Optional<MapSource> oldSource, Optional<MapSource> newSource) {}

  /** The pairs read, and the inputs that could not be read. */
  record Read(List<SourcePair> pairs, List<Diagnostic> failures) {
    Read {
      pairs = List.copyOf(pairs);
      failures = List.copyOf(failures);
    }
  }

  private final Environment environment;
  private final String stdinName;
  private final List<Diagnostic> failures = new ArrayList<>();
  private final Map<String, String> commits = new HashMap<>();
  private GitRepository repository;

  DiffInputs(Environment environment, String stdinName) {
    this.environment = environment;
    this.stdinName = stdinName;
  }

  /**
   * Reads every file the request names. A git failure is written to {@code err} as one line and
   * gives an empty result. Only this class refers to git, so that other commands never load it.
   */
  Optional<Read> read(DiffRequest request, PrintWriter err) {
    try {
      return Optional.of(read(request));
    } catch (GitException e) {
      err.println("simap: " + e.getMessage());
      err.flush();
      return Optional.empty();
    }
  }

  private Read read(DiffRequest request) throws GitException {
    List<SourcePair> pairs = new ArrayList<>();
    if (request instanceof DiffRequest.Pairs explicit) {
      for (DiffRequest.Pair pair : explicit.pairs()) {
        readPair(pair).ifPresent(pairs::add);
      }
    } else if (request instanceof DiffRequest.ChangedMaps changed) {
      readChangedMaps(changed, pairs);
    }
    return new Read(pairs, failures);
  }

  private Optional<SourcePair> readPair(DiffRequest.Pair pair) throws GitException {
    int failuresBefore = failures.size();
    Optional<MapSource> oldSource = readSide(pair.oldSide());
    Optional<MapSource> newSource = readSide(pair.newSide());
    if (oldSource.isEmpty() && newSource.isEmpty() && failures.size() == failuresBefore) {
      failures.add(
          failure(
              displayPath(pair.newSide()),
              "file not found in " + where(pair.oldSide()) + " or in " + where(pair.newSide())));
      return Optional.empty();
    }
    // A side that failed is in the failures; the other is still validated and reported.
    return Optional.of(new SourcePair(oldSource, newSource));
  }

  private Optional<MapSource> readSide(DiffRequest.Side side) throws GitException {
    if (side instanceof DiffRequest.Stdin) {
      return readWorkingFile("-");
    }
    if (side instanceof DiffRequest.WorkingFile file) {
      if (file.optional() && !Files.exists(environment.resolve(file.path()))) {
        return Optional.empty();
      }
      return readWorkingFile(file.path());
    }
    DiffRequest.RevisionFile file = (DiffRequest.RevisionFile) side;
    String path = repositoryPath(file);
    String name = file.revision() + ":" + path;
    Optional<byte[]> bytes = repository().read(commit(file.revision()), path);
    if (bytes.isEmpty()) {
      if (!file.optional()) {
        failures.add(failure(name, "file not found in revision '" + file.revision() + "'"));
      }
      return Optional.empty();
    }
    return Optional.of(new MapSource(name, bytes.get()));
  }

  private Optional<MapSource> readWorkingFile(String argument) {
    MapInputs.Inputs inputs =
        MapInputs.read(
            List.of(argument), environment.stdin(), stdinName, environment.workingDirectory());
    failures.addAll(inputs.failures());
    return inputs.sources().stream().findFirst();
  }

  private void readChangedMaps(DiffRequest.ChangedMaps request, List<SourcePair> pairs)
      throws GitException {
    String oldCommit = commit(request.oldRevision());
    Optional<String> newCommit = Optional.empty();
    if (request.newRevision().isPresent()) {
      newCommit = Optional.of(commit(request.newRevision().get()));
    }
    for (GitRepository.ChangedFile file : repository().changedMaps(oldCommit, newCommit)) {
      Optional<MapSource> oldSource = Optional.empty();
      if (file.oldPath().isPresent()) {
        oldSource = readCommitted(request.oldRevision(), oldCommit, file.oldPath().get());
      }
      Optional<MapSource> newSource = Optional.empty();
      if (file.newPath().isPresent() && newCommit.isPresent()) {
        newSource =
            readCommitted(request.newRevision().get(), newCommit.get(), file.newPath().get());
      } else if (file.newPath().isPresent()) {
        newSource = readWorkingFile(repository().workingPath(file.newPath().get()));
      }
      if (oldSource.isPresent() || newSource.isPresent()) {
        pairs.add(new SourcePair(oldSource, newSource));
      }
    }
  }

  private Optional<MapSource> readCommitted(String revision, String commit, String path)
      throws GitException {
    String name = revision + ":" + path;
    Optional<byte[]> bytes = repository().read(commit, path);
    if (bytes.isEmpty()) {
      failures.add(failure(name, "file not found in revision '" + revision + "'"));
      return Optional.empty();
    }
    return Optional.of(new MapSource(name, bytes.get()));
  }

  private String repositoryPath(DiffRequest.RevisionFile file) throws GitException {
    if (!file.fromWorkingFolder()) {
      return file.path();
    }
    Optional<String> path = repository().repositoryPath(file.path());
    if (path.isEmpty()) {
      throw new GitException(
          "'"
              + file.path()
              + "' is outside the repository at "
              + repository().topLevel()
              + "; compare it as a plain file");
    }
    return path.get();
  }

  private String commit(String revision) throws GitException {
    String commit = commits.get(revision);
    if (commit == null) {
      commit = repository().resolveCommit(revision);
      commits.put(revision, commit);
    }
    return commit;
  }

  private GitRepository repository() throws GitException {
    if (repository == null) {
      repository = GitRepository.open(environment.workingDirectory());
    }
    return repository;
  }

  private String displayPath(DiffRequest.Side side) {
    if (side instanceof DiffRequest.WorkingFile file) {
      return file.path();
    }
    if (side instanceof DiffRequest.RevisionFile file) {
      return file.path();
    }
    return stdinName;
  }

  private static String where(DiffRequest.Side side) {
    if (side instanceof DiffRequest.RevisionFile file) {
      return "revision '" + file.revision() + "'";
    }
    return "the working tree";
  }

  private static Diagnostic failure(String name, String message) {
    return Diagnostic.error(SourcePosition.wholeFile(name), MapInputs.READ_RULE, message);
  }
}
