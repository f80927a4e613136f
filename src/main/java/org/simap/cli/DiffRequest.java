package org.simap.cli;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The comparison that {@code simap diff} is asked for, decided from its arguments alone. The rules
 * are documented in docs/diff.md:
 *
 * <ul>
 *   <li>Arguments after {@code --} are files; the one or two before it are revisions.
 *   <li>Without {@code --}: {@code -} is standard input; an existing file, or a name ending in
 *       {@code .yaml} or {@code .yml}, is a file; {@code REV:PATH} is a file in a revision;
 *       anything else is a revision.
 *   <li>A revision alone on one side takes its path from the other side. Two revisions, or one,
 *       compare every map file that changed between them (the working tree when there is one).
 * </ul>
 */
sealed interface DiffRequest {

  /** One side of a comparison. */
  sealed interface Side {}

  /** Standard input. */
  record Stdin() implements Side {}

  /**
   * A file in the working tree, relative to the working folder.
   *
   * @param optional whether the file may be missing, as when the other side is a revision
   */
  record WorkingFile(String path, boolean optional) implements Side {}

  /**
   * A file in a revision.
   *
   * @param fromWorkingFolder whether {@code path} is relative to the working folder; otherwise it
   *     is relative to the repository's top folder, as in git's {@code REV:PATH}
   * @param optional whether the file may be missing in the revision
   */
  record RevisionFile(String revision, String path, boolean fromWorkingFolder, boolean optional)
      implements Side {}

  /** Explicit pairs of files to compare. */
  record Pairs(List<Pair> pairs) implements DiffRequest {
    public Pairs {
      pairs = List.copyOf(pairs);
    }
  }

  /** Two sides of one comparison. */
  record Pair(Side oldSide, Side newSide) {
    public Pair {
      requireNonNull(oldSide, "oldSide");
      requireNonNull(newSide, "newSide");
    }
  }

  /**
   * Every map file that differs between two revisions, or between a revision and the working tree
   * when {@code newRevision} is empty.
   */
  record ChangedMaps(String oldRevision, Optional<String> newRevision) implements DiffRequest {}

  /**
   * Classifies the arguments.
   *
   * @param arguments the arguments before {@code --}, or all of them when there is none
   * @param paths the arguments after {@code --}
   * @param separator whether {@code --} was given
   * @param isFile whether an argument names an existing file that is not a folder, pipes included
   * @param isFolder whether an argument names an existing folder
   * @throws IllegalArgumentException with a message for the user when the arguments do not fit
   */
  static DiffRequest classify(
      List<String> arguments,
      List<String> paths,
      boolean separator,
      Predicate<String> isFile,
      Predicate<String> isFolder) {
    if (separator) {
      return classifyRevisions(arguments, paths);
    }
    if (arguments.isEmpty()) {
      throw new IllegalArgumentException(
          "missing arguments; compare two files with 'simap diff OLD NEW'"
              + " or a file with a revision with 'simap diff REV FILE'");
    }
    if (arguments.size() > 2) {
      throw new IllegalArgumentException(
          "too many arguments: "
              + arguments.size()
              + "; to compare several files between revisions, list them after '--':"
              + " 'simap diff REV1 REV2 -- FILE...'");
    }
    for (String argument : arguments) {
      if (!argument.equals("-") && isFolder.test(argument)) {
        throw new IllegalArgumentException(
            "'" + argument + "' is a folder; simap diff compares map files");
      }
    }
    if (arguments.size() == 1) {
      String only = arguments.get(0);
      if (kind(only, isFile) != Kind.REVISION) {
        throw new IllegalArgumentException(
            "only one side given: '" + only + "'; name the other file or revision too");
      }
      return new ChangedMaps(only, Optional.empty());
    }
    String first = arguments.get(0);
    String second = arguments.get(1);
    Kind firstKind = kind(first, isFile);
    Kind secondKind = kind(second, isFile);
    if (firstKind == Kind.STDIN && secondKind == Kind.STDIN) {
      throw new IllegalArgumentException("standard input can be only one side of the comparison");
    }
    if (firstKind == Kind.REVISION && secondKind == Kind.REVISION) {
      return new ChangedMaps(first, Optional.of(second));
    }
    if (firstKind == Kind.REVISION) {
      return new Pairs(
          List.of(
              new Pair(revisionFor(first, second, secondKind), side(second, secondKind, true))));
    }
    if (secondKind == Kind.REVISION) {
      return new Pairs(
          List.of(new Pair(side(first, firstKind, true), revisionFor(second, first, firstKind))));
    }
    return new Pairs(
        List.of(new Pair(side(first, firstKind, false), side(second, secondKind, false))));
  }

  /** The kind of input one argument names when there is no {@code --}. */
  enum Kind {
    STDIN,
    FILE,
    REVISION_FILE,
    REVISION
  }

  /**
   * Classifies one argument. An existing file wins over a revision of the same name. A name ending
   * in .yaml or .yml is a file even when missing, so that a typo reads as "file not found".
   */
  static Kind kind(String argument, Predicate<String> isFile) {
    if (argument.equals("-")) {
      return Kind.STDIN;
    }
    if (isFile.test(argument)) {
      return Kind.FILE;
    }
    if (argument.indexOf(':') > 0) {
      return Kind.REVISION_FILE;
    }
    if (argument.endsWith(".yaml") || argument.endsWith(".yml")) {
      return Kind.FILE;
    }
    return Kind.REVISION;
  }

  private static DiffRequest classifyRevisions(List<String> revisions, List<String> paths) {
    if (revisions.isEmpty() || revisions.size() > 2) {
      throw new IllegalArgumentException(
          "expected one or two revisions before '--', found "
              + revisions.size()
              + "; for example 'simap diff HEAD~1 HEAD -- FILE'");
    }
    for (String revision : revisions) {
      if (revision.equals("-") || isRevisionFile(revision)) {
        throw new IllegalArgumentException(
            "'" + revision + "' before '--' is not a revision; put files after '--'");
      }
    }
    String oldRevision = revisions.get(0);
    Optional<String> newRevision =
        revisions.size() == 2 ? Optional.of(revisions.get(1)) : Optional.empty();
    if (paths.isEmpty()) {
      return new ChangedMaps(oldRevision, newRevision);
    }
    List<Pair> pairs = new ArrayList<>();
    for (String path : paths) {
      if (path.equals("-")) {
        throw new IllegalArgumentException("'-' after '--' is not a file; name map files there");
      }
      Side newSide =
          newRevision
              .<Side>map(revision -> new RevisionFile(revision, path, true, true))
              .orElseGet(() -> new WorkingFile(path, true));
      pairs.add(new Pair(new RevisionFile(oldRevision, path, true, true), newSide));
    }
    return new Pairs(pairs);
  }

  private static Side side(String argument, Kind kind, boolean optional) {
    return switch (kind) {
      case STDIN -> new Stdin();
      case FILE -> new WorkingFile(argument, optional);
      case REVISION_FILE -> revisionFile(argument);
      case REVISION -> throw new IllegalStateException("a revision is not a file: " + argument);
    };
  }

  /** Builds the side of a revision given alone, reading the path of the other side. */
  private static Side revisionFor(String revision, String other, Kind otherKind) {
    if (otherKind == Kind.STDIN) {
      throw new IllegalArgumentException(
          "revision '" + revision + "' needs a file to read; name it as " + revision + ":PATH");
    }
    if (otherKind == Kind.REVISION_FILE) {
      RevisionFile file = revisionFile(other);
      return new RevisionFile(revision, file.path(), file.fromWorkingFolder(), true);
    }
    return new RevisionFile(revision, other, true, true);
  }

  private static RevisionFile revisionFile(String argument) {
    int colon = argument.indexOf(':');
    String revision = argument.substring(0, colon);
    String path = argument.substring(colon + 1);
    if (path.isEmpty()) {
      throw new IllegalArgumentException(
          "missing path in '"
              + argument
              + "'; write a file in a revision as REV:PATH, such as HEAD:map.simap.yaml");
    }
    boolean fromWorkingFolder = path.startsWith("./") || path.startsWith("../");
    return new RevisionFile(revision, path, fromWorkingFolder, false);
  }

  private static boolean isRevisionFile(String argument) {
    return argument.indexOf(':') > 0;
  }
}
