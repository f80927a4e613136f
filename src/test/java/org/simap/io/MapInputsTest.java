package org.simap.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapInputsTest {

  @TempDir Path dir;

  @Test
  void mapFileNeedsStem() {
    assertThat(MapInputs.isMapFile(Path.of("feedback.simap.yaml"))).isTrue();
    assertThat(MapInputs.isMapFile(Path.of("a.simap.yml"))).isTrue();
    assertThat(MapInputs.isMapFile(Path.of(".simap.yaml"))).isFalse();
    assertThat(MapInputs.isMapFile(Path.of(".simap.yml"))).isFalse();
    assertThat(MapInputs.isMapFile(Path.of("notes.yaml"))).isFalse();
  }

  @Test
  void folderSearchSkipsConfigFile() throws Exception {
    Files.writeString(dir.resolve(".simap.yaml"), "rules: {}\n");
    Files.writeString(dir.resolve("a.simap.yaml"), "simap: 1\n");

    MapInputs.Inputs inputs =
        MapInputs.read(List.of("."), new ByteArrayInputStream(new byte[0]), "<stdin>", dir);

    assertThat(inputs.sources()).extracting(MapSource::name).containsExactly("a.simap.yaml");
    assertThat(inputs.failures()).isEmpty();
  }
}
