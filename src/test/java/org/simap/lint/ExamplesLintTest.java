package org.simap.lint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.simap.TestFiles;
import org.simap.cli.CliRunner;

/**
 * Lints the example maps and the complete fixture map: a realistic, finished map must lint clean at
 * the default --fail-on level, or the rules are too noisy to be useful.
 */
class ExamplesLintTest {

  @Test
  void completeFixtureHasNoWarnings() {
    CliRunner.Result result =
        new CliRunner(TestFiles.testResources().resolve("golden/lint"))
            .run("lint", "--color=never", "--fail-on", "warning", "clean.simap.yaml");

    assertThat(result.exitCode()).as(result.err()).isZero();
  }

  @Test
  void examplesLintClean() {
    Path examples = TestFiles.root().resolve("examples");
    assumeTrue(Files.isDirectory(examples), "no examples folder in this checkout");

    CliRunner.Result result =
        new CliRunner(TestFiles.root()).run("lint", "--color=never", "examples");

    assertThat(result.exitCode()).as(result.err()).isZero();
    assertThat(result.err()).doesNotContain(": error: ").doesNotContain(": warning: ");
  }
}
