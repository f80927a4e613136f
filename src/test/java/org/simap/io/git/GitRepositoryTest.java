package org.simap.io.git;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.simap.TestGit;

@Timeout(60)
class GitRepositoryTest {

  @TempDir Path dir;

  @Test
  void parsesNameStatusWithRenames() {
    String output =
        "M\0a.simap.yaml\0R087\0old.simap.yaml\0new.simap.yaml\0A\0b.simap.yml\0D\0c.simap.yaml\0";

    assertThat(GitRepository.parseNameStatus(output))
        .containsExactly(
            new GitRepository.ChangedFile(Optional.of("a.simap.yaml"), Optional.of("a.simap.yaml")),
            new GitRepository.ChangedFile(
                Optional.of("old.simap.yaml"), Optional.of("new.simap.yaml")),
            new GitRepository.ChangedFile(Optional.empty(), Optional.of("b.simap.yml")),
            new GitRepository.ChangedFile(Optional.of("c.simap.yaml"), Optional.empty()));
  }

  @Test
  void parsesEmptyNameStatus() {
    assertThat(GitRepository.parseNameStatus("")).isEmpty();
  }

  @Test
  void readsFileAtCommitFromSubfolder() throws Exception {
    TestGit git = TestGit.init(dir).write("maps/a.simap.yaml", "one\n").commit("First");
    git.write("maps/a.simap.yaml", "two\n").commit("Second");
    GitRepository repository = GitRepository.open(dir.resolve("maps"));

    String path = repository.repositoryPath("a.simap.yaml").orElseThrow();
    byte[] bytes = repository.read(repository.resolveCommit("HEAD~1"), path).orElseThrow();

    assertThat(path).isEqualTo("maps/a.simap.yaml");
    assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("one\n");
  }

  @Test
  void missingFileReadsAsEmpty() throws Exception {
    TestGit.init(dir).write("a.simap.yaml", "one\n").commit("First");
    GitRepository repository = GitRepository.open(dir);

    assertThat(repository.read(repository.resolveCommit("HEAD"), "b.simap.yaml")).isEmpty();
  }

  @Test
  void folderIsRejected() throws Exception {
    TestGit.init(dir).write("maps/a.simap.yaml", "one\n").commit("First");
    GitRepository repository = GitRepository.open(dir);
    String head = repository.resolveCommit("HEAD");

    assertThatThrownBy(() -> repository.read(head, "maps"))
        .isInstanceOf(GitException.class)
        .hasMessageStartingWith("'maps' is a folder in ");
  }

  @Test
  void listsOnlyChangedMaps() throws Exception {
    TestGit git =
        TestGit.init(dir)
            .write("a.simap.yaml", "a\n")
            .write("deep/b.simap.yml", "b\n")
            .write("c.yaml", "c\n")
            .commit("First");
    git.write("a.simap.yaml", "a2\n").write("deep/b.simap.yml", "b2\n").write("c.yaml", "c2\n");
    git.commit("Second");
    GitRepository repository = GitRepository.open(dir.resolve("deep"));

    List<GitRepository.ChangedFile> changed =
        repository.changedMaps(
            repository.resolveCommit("HEAD~1"), Optional.of(repository.resolveCommit("HEAD")));

    assertThat(changed)
        .extracting(file -> file.newPath().orElseThrow())
        .containsExactly("a.simap.yaml", "deep/b.simap.yml");
  }

  @Test
  void optionLikeRevisionIsRejected() throws Exception {
    TestGit.init(dir).write("a.simap.yaml", "a\n").commit("First");
    GitRepository repository = GitRepository.open(dir);

    assertThatThrownBy(() -> repository.resolveCommit("--output=x"))
        .isInstanceOf(GitException.class)
        .hasMessage("invalid revision '--output=x'; name a commit, such as HEAD~1");
  }

  @Test
  void pathOutsideRepositoryHasNoRepositoryPath() throws Exception {
    TestGit.init(dir.resolve("repo"));
    GitRepository repository = GitRepository.open(dir.resolve("repo"));

    assertThat(repository.repositoryPath("../elsewhere.simap.yaml")).isEmpty();
  }
}
