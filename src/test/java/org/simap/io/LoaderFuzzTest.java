package org.simap.io;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.simap.model.Diagnostic;
import org.simap.model.Severity;
import org.simap.validate.CheckedMap;
import org.simap.validate.MapValidator;

/**
 * Feeds arbitrary bytes to the loader and validator. Every input must end in a valid map or in
 * diagnostics that explain why not: never an exception, a stack overflow or a hang.
 *
 * <p>A normal {@code mvn test} runs only the inputs in {@code LoaderFuzzTestInputs/} under this
 * package's test resources. {@code JAZZER_FUZZ=1} makes Jazzer generate new inputs and save any
 * that fail there; docs/fuzzing.md has the command.
 */
class LoaderFuzzTest {

  @FuzzTest(maxDuration = "5m")
  // Entries use libFuzzer's dictionary syntax, where a byte is written as \xNN.
  @DictionaryEntries({
    "simap: 1",
    "title: ",
    "problem: ",
    "levels:",
    "elements:",
    "\\x0A  - id: ",
    "\\x0A    ",
    "type: structure",
    "type: process",
    "type: norm",
    "links:",
    "from: ",
    "to: ",
    "challenges:",
    "focus:",
    "kind: improvement",
    "waivers:",
    "evidence:",
    "date: 2026-02-30",
    "url: https://example.org",
    "subsystem: ",
    "root_causes: [",
    "&a ",
    "*a",
    "!!str ",
    "!!python/object ",
    "? ",
    "<<: ",
    "---",
    "...",
    "%YAML 1.2",
    "\\xEF\\xBB\\xBF",
    "\\x00",
    "\\x09",
    "\\x0A",
    "{",
    "}",
    "[",
    "]",
    "|",
    ">-"
  })
  void loadEndsInMapOrDiagnostics(byte[] input) {
    CheckedMap checked = MapValidator.check(new MapSource("fuzz.simap.yaml", input));

    if (!checked.valid()) {
      assertThat(checked.diagnostics())
          .as("an invalid map has at least one error")
          .anyMatch(d -> d.severity() == Severity.ERROR);
    }
    for (Diagnostic diagnostic : checked.diagnostics()) {
      assertThat(diagnostic.position().file()).isEqualTo("fuzz.simap.yaml");
      assertThat(diagnostic.message()).as("message of %s", diagnostic.rule()).isNotBlank();
      assertThat(diagnostic.message())
          .as("a message is one line")
          .doesNotContain("\n")
          .doesNotContain("\r");
      assertThat(diagnostic.position().line()).isGreaterThanOrEqualTo(0);
      assertThat(diagnostic.position().column()).isGreaterThanOrEqualTo(0);
    }
  }
}
