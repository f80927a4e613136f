package org.simap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.simap.TestFiles;
import picocli.CommandLine;
import picocli.codegen.docgen.manpage.ManPageGenerator;

/**
 * Checks that the man pages in {@code docs/man/} (AsciiDoc, written by picocli's {@link
 * ManPageGenerator}) match the command model. Run with {@code -Dgolden.update=true} to regenerate
 * them; {@code asciidoctor -b manpage docs/man/simap.adoc} turns a page into a roff man page.
 */
class ManPagesTest {

  private static final Path FOLDER = TestFiles.root().resolve("docs/man");

  /** Returns each page's file name and text: one page per command, named like git's pages. */
  static Map<String, String> pages() {
    CommandLine root =
        Simap.commandLine(
            new Environment(
                new ByteArrayInputStream(new byte[0]),
                Map.of(),
                false,
                Clock.systemUTC(),
                Path.of("").toAbsolutePath()));
    Map<String, String> pages = new LinkedHashMap<>();
    for (CompletionSpecs.Command command : CompletionSpecs.commands(root)) {
      StringWriter text = new StringWriter();
      try (PrintWriter out = new PrintWriter(text)) {
        ManPageGenerator.writeSingleManPage(out, command.spec());
      }
      pages.put(String.join("-", command.path()) + ".adoc", text.toString());
    }
    return pages;
  }

  @Test
  void committedPagesAreUpToDate() throws IOException {
    Map<String, String> pages = pages();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      Path committed = FOLDER.resolve(page.getKey());
      if (TestFiles.updateGolden()) {
        TestFiles.write(committed, page.getValue());
      }
      assertThat(committed).exists();
      assertThat(TestFiles.read(committed))
          .as(
              "%s is out of date: regenerate it with mvn test -Dtest=ManPagesTest"
                  + " -Dgolden.update=true",
              committed)
          .isEqualTo(page.getValue());
    }
    try (Stream<Path> files = Files.list(FOLDER)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .as("pages in docs/man/ without a command")
          .containsExactlyInAnyOrderElementsOf(pages.keySet());
    }
  }
}
