package org.simap.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SarifReporterTest {

  @Test
  void uriKeepsRelativePath() {
    assertThat(SarifReporter.uri("maps/team a/b.simap.yaml"))
        .isEqualTo("maps/team%20a/b.simap.yaml");
  }

  @Test
  void uriEncodesAbsolutePathAsFileUri() {
    assertThat(SarifReporter.uri("/tmp/é.simap.yaml")).isEqualTo("file:///tmp/%C3%A9.simap.yaml");
  }

  @Test
  void uriEncodesCharactersOutsideUriSyntax() {
    assertThat(SarifReporter.uri("<stdin>")).isEqualTo("%3Cstdin%3E");
    assertThat(SarifReporter.uri("50%.simap.yaml")).isEqualTo("50%25.simap.yaml");
  }
}
