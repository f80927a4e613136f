package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.rules.PersonalDataPatterns.AT_SIGN;
import static org.simap.lint.rules.PersonalDataPatterns.ENOUGH_DIGITS;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataPatternsTest {

  @Test
  void findsNothingInPlainText() {
    assertThat(PersonalDataPatterns.scan("")).isZero();
    assertThat(PersonalDataPatterns.scan("Grades are each teacher's call.")).isZero();
  }

  @Test
  void findsAnAtSignAnywhere() {
    assertThat(PersonalDataPatterns.scan("@")).isEqualTo(AT_SIGN);
    assertThat(PersonalDataPatterns.scan("@start")).isEqualTo(AT_SIGN);
    assertThat(PersonalDataPatterns.scan("end@")).isEqualTo(AT_SIGN);
    assertThat(PersonalDataPatterns.scan("a @ b @ c")).isEqualTo(AT_SIGN);
  }

  @Test
  void needsFourDigits() {
    assertThat(PersonalDataPatterns.scan("123")).isZero();
    assertThat(PersonalDataPatterns.scan("1 2 3")).isZero();
    assertThat(PersonalDataPatterns.scan("1234")).isEqualTo(ENOUGH_DIGITS);
    assertThat(PersonalDataPatterns.scan("a1b2c3d4")).isEqualTo(ENOUGH_DIGITS);
    assertThat(PersonalDataPatterns.scan("0 and 9, 0 and 9")).isEqualTo(ENOUGH_DIGITS);
    assertThat(PersonalDataPatterns.scan("1234567890123")).isEqualTo(ENOUGH_DIGITS);
  }

  @Test
  void findsBothWhicheverComesFirst() {
    assertThat(PersonalDataPatterns.scan("@1234")).isEqualTo(AT_SIGN | ENOUGH_DIGITS);
    assertThat(PersonalDataPatterns.scan("1234@")).isEqualTo(AT_SIGN | ENOUGH_DIGITS);
    assertThat(PersonalDataPatterns.scan("12@34")).isEqualTo(AT_SIGN | ENOUGH_DIGITS);
    assertThat(PersonalDataPatterns.scan("123@")).isEqualTo(AT_SIGN);
  }

  @Test
  void countsOnlyAsciiDigits() {
    // Arabic-Indic, Devanagari and fullwidth digits, and the Latin-1 superscripts and one quarter.
    assertThat(PersonalDataPatterns.scan("\u0661\u0662\u0663\u0664")).isZero();
    assertThat(PersonalDataPatterns.scan("\u0967\u0968\u0969\u096A")).isZero();
    assertThat(PersonalDataPatterns.scan("\uFF11\uFF12\uFF13\uFF14")).isZero();
    assertThat(PersonalDataPatterns.scan("\u00B9\u00B2\u00B3\u00BC")).isZero();
    assertThat(PersonalDataPatterns.scan("\uFF11\uFF12\uFF13\uFF14 123")).isZero();
    assertThat(PersonalDataPatterns.scan("\uFF11\uFF12\uFF13\uFF14 1234")).isEqualTo(ENOUGH_DIGITS);
  }

  @Test
  void findsOnlyTheAsciiAtSign() {
    // Fullwidth and small commercial at, and characters whose low byte is that of '@' or a digit.
    assertThat(PersonalDataPatterns.scan("\uFF20 \uFE6B")).isZero();
    assertThat(PersonalDataPatterns.scan("\u2040\u0140\u0130\u0131\u0132\u0133")).isZero();
    assertThat(PersonalDataPatterns.scan("caf\u00E9 \u201C@\u201D")).isEqualTo(AT_SIGN);
  }

  @Test
  void readsTextsBeyondLatin1() {
    assertThat(PersonalDataPatterns.scan("\u201Cj@x.org\u201D \uD83D\uDCDE 555-201-7731"))
        .isEqualTo(AT_SIGN | ENOUGH_DIGITS);
    assertThat(PersonalDataPatterns.scan("\uD83D\uDCDE\uD83D\uDCDE 555")).isZero();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "j.rivera@district.k12.us",
        "call 555-201-7731",
        "\u201Cwrite to j.rivera@district.k12.us\u201D",
        "student ID 20481234",
        "+44 20 7946 0958 \u2192 office"
      })
  void findsDataAfterTheScan(String text) {
    assertThat(PersonalDataPatterns.find(text)).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "write to \uFF4A@district.k12.us",
        "call \uFF15\uFF15\uFF15-\uFF12\uFF10\uFF11-\uFF17\uFF17\uFF13\uFF11",
        "jo@example.org",
        "2024-10-18 09:00"
      })
  void findsNoDataWithoutAsciiSigns(String text) {
    assertThat(PersonalDataPatterns.find(text)).isEmpty();
  }
}
