package org.simap.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFilesTest {

  @TempDir Path dir;

  private Stream<String> names() throws Exception {
    return Files.list(dir).map(p -> p.getFileName().toString());
  }

  @Test
  void writesUtf8Text() throws Exception {
    Path target = dir.resolve("a.txt");

    OutputFiles.write(target, "é 🎉", OutputFiles.Existing.KEEP);

    assertThat(Files.readString(target)).isEqualTo("é 🎉");
  }

  @Test
  void keepRejectsExistingFile() throws Exception {
    Path target = dir.resolve("a.txt");
    Files.writeString(target, "old");

    assertThatThrownBy(() -> OutputFiles.write(target, "new", OutputFiles.Existing.KEEP))
        .isInstanceOf(FileAlreadyExistsException.class);
    assertThat(Files.readString(target)).isEqualTo("old");
    assertThat(names()).containsExactly("a.txt");
  }

  @Test
  void replaceOverwritesExistingFile() throws Exception {
    Path target = dir.resolve("a.txt");
    Files.writeString(target, "old");

    OutputFiles.write(target, "new", OutputFiles.Existing.REPLACE);

    assertThat(Files.readString(target)).isEqualTo("new");
    assertThat(names()).containsExactly("a.txt");
  }

  @Test
  void missingFolderFailsWithoutLeftovers() throws Exception {
    Path target = dir.resolve("missing/a.txt");

    assertThatThrownBy(() -> OutputFiles.write(target, "x", OutputFiles.Existing.REPLACE))
        .isInstanceOf(NoSuchFileException.class);
    assertThat(names()).isEmpty();
  }

  @Test
  void nameWithSpacesWorks() throws Exception {
    Path target = dir.resolve("my map.simap.yaml");

    OutputFiles.write(target, "x", OutputFiles.Existing.KEEP);

    assertThat(names()).containsExactly("my map.simap.yaml");
  }
}
