package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.simap.cli.DiffRequest.ChangedMaps;
import org.simap.cli.DiffRequest.Pair;
import org.simap.cli.DiffRequest.Pairs;
import org.simap.cli.DiffRequest.RevisionFile;
import org.simap.cli.DiffRequest.Stdin;
import org.simap.cli.DiffRequest.WorkingFile;

class DiffRequestTest {

  /** The files and folders that exist in these tests. */
  private static final Set<String> FILES = Set.of("a.simap.yaml", "main", "notes");

  private static final Set<String> FOLDERS = Set.of("maps");

  private static DiffRequest classify(String... arguments) {
    return DiffRequest.classify(
        List.of(arguments), List.of(), false, FILES::contains, FOLDERS::contains);
  }

  private static DiffRequest classifyWithSeparator(List<String> before, List<String> after) {
    return DiffRequest.classify(before, after, true, FILES::contains, FOLDERS::contains);
  }

  @Test
  void twoFilesArePlainFiles() {
    assertThat(classify("a.simap.yaml", "b.simap.yaml"))
        .isEqualTo(
            new Pairs(
                List.of(
                    new Pair(
                        new WorkingFile("a.simap.yaml", false),
                        new WorkingFile("b.simap.yaml", false)))));
  }

  @Test
  void dashIsStandardInput() {
    assertThat(classify("-", "a.simap.yaml"))
        .isEqualTo(
            new Pairs(List.of(new Pair(new Stdin(), new WorkingFile("a.simap.yaml", false)))));
  }

  @Test
  void revisionTakesPathOfFile() {
    assertThat(classify("HEAD~1", "a.simap.yaml"))
        .isEqualTo(
            new Pairs(
                List.of(
                    new Pair(
                        new RevisionFile("HEAD~1", "a.simap.yaml", true, true),
                        new WorkingFile("a.simap.yaml", true)))));
  }

  @Test
  void existingFileWinsOverRevisionName() {
    assertThat(classify("main", "a.simap.yaml"))
        .isEqualTo(
            new Pairs(
                List.of(
                    new Pair(
                        new WorkingFile("main", false), new WorkingFile("a.simap.yaml", false)))));
  }

  @Test
  void revisionPathIsFromTopUnlessDotted() {
    assertThat(classify("v1:maps/a.simap.yaml", "HEAD:./a.simap.yaml"))
        .isEqualTo(
            new Pairs(
                List.of(
                    new Pair(
                        new RevisionFile("v1", "maps/a.simap.yaml", false, false),
                        new RevisionFile("HEAD", "./a.simap.yaml", true, false)))));
  }

  @Test
  void twoRevisionsCompareChangedMaps() {
    assertThat(classify("v1", "v2")).isEqualTo(new ChangedMaps("v1", Optional.of("v2")));
  }

  @Test
  void oneRevisionComparesWithWorkingTree() {
    assertThat(classify("v1")).isEqualTo(new ChangedMaps("v1", Optional.empty()));
  }

  @Test
  void missingYamlNameIsAFile() {
    assertThat(DiffRequest.kind("typo.simap.yaml", FILES::contains))
        .isEqualTo(DiffRequest.Kind.FILE);
  }

  @Test
  void pathsAfterSeparatorPairRevisions() {
    assertThat(classifyWithSeparator(List.of("v1", "v2"), List.of("a.simap.yaml", "notes")))
        .isEqualTo(
            new Pairs(
                List.of(
                    new Pair(
                        new RevisionFile("v1", "a.simap.yaml", true, true),
                        new RevisionFile("v2", "a.simap.yaml", true, true)),
                    new Pair(
                        new RevisionFile("v1", "notes", true, true),
                        new RevisionFile("v2", "notes", true, true)))));
  }

  @Test
  void oneRevisionBeforeSeparatorUsesWorkingTree() {
    assertThat(classifyWithSeparator(List.of("v1"), List.of("a.simap.yaml")))
        .isEqualTo(
            new Pairs(
                List.of(
                    new Pair(
                        new RevisionFile("v1", "a.simap.yaml", true, true),
                        new WorkingFile("a.simap.yaml", true)))));
  }

  @Test
  void separatorWithoutRevisionIsRejected() {
    assertThatThrownBy(() -> classifyWithSeparator(List.of(), List.of("a.simap.yaml")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("expected one or two revisions before '--', found 0");
  }

  @Test
  void revisionWithStandardInputIsRejected() {
    assertThatThrownBy(() -> classify("HEAD", "-"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("revision 'HEAD' needs a file to read; name it as HEAD:PATH");
  }

  @Test
  void singleFileIsRejected() {
    assertThatThrownBy(() -> classify("a.simap.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("only one side given: 'a.simap.yaml'");
  }

  @Test
  void folderIsRejected() {
    assertThatThrownBy(() -> classify("maps", "a.simap.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'maps' is a folder; simap diff compares map files");
  }
}
