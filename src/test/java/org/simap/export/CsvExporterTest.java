package org.simap.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.simap.io.MapSource;
import org.simap.model.SystemMap;
import org.simap.validate.MapValidator;

class CsvExporterTest {

  private static String export(String elementLines) {
    String text =
        """
        simap: 1
        title: T
        problem: P
        levels:
          - id: classroom
            name: Classroom
            elements:
              - id: e1
                type: norm
        """
            + elementLines.indent(8);
    SystemMap map = MapValidator.check(MapSource.of("m.simap.yaml", text)).map().orElseThrow();
    return new CsvExporter().export(map);
  }

  private static String dataRow(String csv) {
    return csv.split("\r\n")[1];
  }

  @Test
  void startsWithHeaderRow() {
    assertThat(export("name: N"))
        .startsWith("level,type,subsystem,id,name,variation,owner,tags,focus\r\n");
  }

  @Test
  void endsEveryLineWithCrlf() {
    assertThat(export("name: N"))
        .endsWith("\r\n")
        .doesNotContain("\n\n")
        .doesNotContainPattern("[^\r]\n");
  }

  @Test
  void quotesCommaInField() {
    assertThat(dataRow(export("name: a, b"))).isEqualTo("classroom,norm,,e1,\"a, b\",,,,");
  }

  @Test
  void doublesQuotesInField() {
    assertThat(dataRow(export("name: 'say \"hi\"'")))
        .isEqualTo("classroom,norm,,e1,\"say \"\"hi\"\"\",,,,");
  }

  @Test
  void quotesLineBreakInField() {
    assertThat(export("name: \"one\\ntwo\"")).contains(",\"one\ntwo\",");
  }

  @Test
  void guardsFormulaStarts() {
    assertThat(CsvExporter.field("=1+1")).isEqualTo("'=1+1");
    assertThat(CsvExporter.field("+1")).isEqualTo("'+1");
    assertThat(CsvExporter.field("-1")).isEqualTo("'-1");
    assertThat(CsvExporter.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(CsvExporter.field("\tx")).isEqualTo("'\tx");
  }

  @Test
  void guardsFormulaThenQuotes() {
    assertThat(CsvExporter.field("=HYPERLINK(\"a\",\"b\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"a\"\",\"\"b\"\")\"");
  }

  @Test
  void leavesFormulaCharacterInsideText() {
    assertThat(CsvExporter.field("a=b")).isEqualTo("a=b");
  }

  @Test
  void joinsTagsWithSemicolons() {
    assertThat(dataRow(export("name: N\ntags: [x, y]"))).isEqualTo("classroom,norm,,e1,N,,,x; y,");
  }
}
