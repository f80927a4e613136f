package org.simap.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.simap.model.Diagnostic;
import org.simap.model.Severity;
import org.simap.model.SourcePosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class JunitReporterTest {

  @Test
  void escapesMarkupAndDropsCharactersXmlCannotCarry() {
    assertThat(JunitReporter.escape("a<b>&\"c' \u0001\n"))
        .isEqualTo("a&lt;b&gt;&amp;&quot;c&apos; \uFFFD&#10;");
  }

  @Test
  void writesWellFormedXmlWithOneFailurePerFinding() throws Exception {
    String file = "maps/<odd> & \"name\".simap.yaml";
    ReportContext context =
        new ReportContext(
            Style.plain(), "1", List.of(), Optional.of(Severity.WARNING), Path.of("/w"));
    List<Diagnostic> diagnostics =
        List.of(
            Diagnostic.warning(new SourcePosition(file, 3, 5), "empty-level", "a <b> & c"),
            Diagnostic.warning(new SourcePosition(file, 9, 5), "empty-level", "second"),
            new Diagnostic(new SourcePosition(file, 4, 1), Severity.INFO, "note", "no-focus"));
    Findings findings =
        new Findings("lint", List.of(new FileStatus(file, FileStatus.Status.VALID)), diagnostics);
    StringWriter out = new StringWriter();

    new JunitReporter(context).write(findings, new PrintWriter(out));

    Document xml =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(out.toString().getBytes(StandardCharsets.UTF_8)));
    Element suite = (Element) xml.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("name")).isEqualTo(file);
    assertThat(suite.getAttribute("tests")).isEqualTo("2");
    assertThat(suite.getAttribute("failures")).isEqualTo("1");
    assertThat(xml.getElementsByTagName("failure").getLength()).isEqualTo(2);
    assertThat(((Element) xml.getElementsByTagName("failure").item(0)).getAttribute("message"))
        .isEqualTo("a <b> & c");
    assertThat(xml.getElementsByTagName("system-out").item(0).getTextContent())
        .contains("info: note [no-focus]");
  }
}
