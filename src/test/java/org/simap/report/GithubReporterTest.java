package org.simap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.simap.model.Diagnostic;
import org.simap.model.Severity;
import org.simap.model.SourcePosition;

class GithubReporterTest {

  @Test
  void dataEscapesPercentAndLineBreaks() {
    assertThat(GithubReporter.data("50%\r\nnext: a, b")).isEqualTo("50%25%0D%0Anext: a, b");
  }

  @Test
  void propertyAlsoEscapesColonAndComma() {
    assertThat(GithubReporter.property("a:b,c%\n")).isEqualTo("a%3Ab%2Cc%25%0A");
  }

  @Test
  void writesPathsRelativeToWorkingFolder() {
    Path work = Path.of("/work/repo");
    ReportContext context =
        new ReportContext(Style.plain(), "1", List.of(), Optional.of(Severity.ERROR), work);
    Diagnostic d =
        Diagnostic.warning(
            new SourcePosition("/work/repo/maps/a,b.simap.yaml", 3, 5), "empty-level", "50% done");
    StringWriter out = new StringWriter();

    new GithubReporter(context)
        .write(new Findings("lint", List.of(), List.of(d)), new PrintWriter(out));

    assertThat(out.toString())
        .startsWith(
            "::warning file=maps/a%2Cb.simap.yaml,line=3,col=5,title=empty-level::50%25 done\n");
  }
}
