package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;
import static org.simap.lint.RuleTester.targets;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.simap.lint.OptionValues;

class DuplicateNameRuleTest {

  private final DuplicateNameRule rule = new DuplicateNameRule();

  private static final String MAP =
      HEADER
          + """
          levels:
            - id: school
              name: School
              elements:
                - {id: school-calls, type: process, name: Calls to families}
            - id: district
              name: District
              elements:
                - {id: district-calls, type: process, name: "calls  to Families "}
          """;

  @Test
  void reportsSameNameIgnoringCaseAndSpacing() {
    assertThat(check(rule, MAP))
        .containsExactly(
            "12:51: element 'district-calls' has the same name as element 'school-calls' at line"
                + " 8, column 49; give each element a distinct name");
  }

  @Test
  void targetsBothElements() {
    assertThat(targets(rule, MAP)).containsExactly(List.of("district-calls", "school-calls"));
  }

  @Test
  void passesDistinctNames() {
    assertThat(check(rule, MAP.replace("calls  to Families ", "Automated calls"))).isEmpty();
  }

  @Test
  void levelScopeAllowsSameNameOnOtherLevels() {
    OptionValues options = OptionValues.defaults().with(DuplicateNameRule.SCOPE, "level");

    assertThat(check(rule, MAP, options)).isEmpty();
  }

  @Test
  void levelScopeStillReportsWithinLevel() {
    String map = MAP + "      - {id: more-calls, type: process, name: Calls To Families}\n";
    OptionValues options = OptionValues.defaults().with(DuplicateNameRule.SCOPE, "level");

    assertThat(check(rule, map, options))
        .containsExactly(
            "13:47: element 'more-calls' has the same name as element 'district-calls' at line"
                + " 12, column 51; give each element a distinct name");
  }

  @Test
  void normalizeDropsAsciiWhiteSpace() {
    assertThat(DuplicateNameRule.normalize(" Grade\t Book\n")).isEqualTo("gradebook");
    assertThat(DuplicateNameRule.normalize("a\u000Bb\fc\rd")).isEqualTo("abcd");
  }

  @Test
  void normalizeKeepsOtherSpaceCharacters() {
    // Only the white space that \s matches is dropped, so no-break and em spaces stay.
    assertThat(DuplicateNameRule.normalize("Grade\u00A0Book")).isEqualTo("grade\u00A0book");
    assertThat(DuplicateNameRule.normalize("Grade\u2003Book")).isEqualTo("grade\u2003book");
  }

  @Test
  void normalizeLowercasesWithRootLocale() {
    assertThat(DuplicateNameRule.normalize("CAFÉ")).isEqualTo("café");
    assertThat(DuplicateNameRule.normalize("Straße")).isEqualTo("straße");
    assertThat(DuplicateNameRule.normalize("I")).isEqualTo("i");
    assertThat(DuplicateNameRule.normalize("İstanbul")).isEqualTo("i\u0307stanbul");
    assertThat(DuplicateNameRule.normalize("\uD801\uDC00 x")).isEqualTo("\uD801\uDC28x");
  }

  @Test
  void normalizeLowercasesBeforeDroppingSpaces() {
    // The space ends the word, so the sigma before it takes its final form.
    assertThat(DuplicateNameRule.normalize("ΟΔΟΣ ΑΒ")).isEqualTo("οδοςαβ");
  }

  @Test
  void normalizeLowercasesEveryAsciiLetter() {
    assertThat(DuplicateNameRule.normalize("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
        .isEqualTo("abcdefghijklmnopqrstuvwxyz");
    assertThat(DuplicateNameRule.normalize("@[`{ 09 azAZ")).isEqualTo("@[`{09azaz");
  }

  @Test
  void normalizeKeepsAsciiNameWithoutChange() {
    assertThat(DuplicateNameRule.normalize("")).isEmpty();
    assertThat(DuplicateNameRule.normalize("   ")).isEmpty();
    assertThat(DuplicateNameRule.normalize("grade-book_2")).isEqualTo("grade-book_2");
    assertThat(DuplicateNameRule.normalize("Why? Who?")).isEqualTo("why?who?");
    assertThat(DuplicateNameRule.normalize("\u0000\u001F\u007F X"))
        .isEqualTo("\u0000\u001F\u007Fx");
  }

  @Test
  void normalizeHandlesLatin1AndOtherScripts() {
    assertThat(DuplicateNameRule.normalize("\u00C0 la Carte")).isEqualTo("\u00E0lacarte");
    assertThat(DuplicateNameRule.normalize("Gr\u00FC\u00DFe \u00FF"))
        .isEqualTo("gr\u00FC\u00DFe\u00FF");
    assertThat(DuplicateNameRule.normalize("\u201CGrade\u201D Book"))
        .isEqualTo("\u201Cgrade\u201Dbook");
    assertThat(DuplicateNameRule.normalize("\u0130 \u0149")).isEqualTo("i\u0307\u0149");
  }
}
