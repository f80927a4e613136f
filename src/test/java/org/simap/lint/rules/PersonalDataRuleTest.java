package org.simap.lint.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.simap.lint.RuleTester.HEADER;
import static org.simap.lint.RuleTester.check;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PersonalDataRuleTest {

  private final PersonalDataRule rule = new PersonalDataRule();

  private static String mapWithOwner(String owner) {
    return HEADER
        + """
        levels:
          - id: classroom
            name: Classroom
            elements:
              - id: family-calls
                type: process
                name: Calls home
                owner: "%s"
        """
            .formatted(owner);
  }

  @Test
  void reportsEmailInOwner() {
    assertThat(check(rule, mapWithOwner("Ms. Rivera, j.rivera@district.k12.us")))
        .containsExactly(
            "11:16: 'owner' of element 'family-calls' seems to contain an e-mail address; remove"
                + " personal data, because git history keeps every version of the map");
  }

  @Test
  void reportsPhoneInQuestion() {
    String map =
        HEADER
            + """
            levels:
              - id: classroom
                name: Classroom
                elements:
                  - {id: calls, type: process, name: Calls home}
            focus:
              - id: calls-focus
                kind: investigate
                name: Calls
                elements: [calls]
                questions:
                  - Who answers?
                  - Why does nobody call (555) 201-7731 back?
            """;

    assertThat(check(rule, map))
        .containsExactly(
            "16:9: 'questions' of focus entry 'calls-focus' seems to contain a phone number;"
                + " remove personal data, because git history keeps every version of the map");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "jane.doe@school.k12.us",
        "call 555-201-7731",
        "call 555.201.7731",
        "+44 20 7946 0958",
        "+1-555-201-7731",
        "(555) 201 7731",
        "student ID 20481234",
        "Student #: 4471923",
        "pupil no. 55123",
        "ID: 20481234",
        "SSN 123-45-6789",
        "+49 30 1234567",
        "+33 6 12 34 56 78",
        "0049 30 12345678",
        "020 7946 0958",
        "student-id 123456",
        "StudentID=123456",
        "call 1-800-555-0199"
      })
  void reportsPersonalData(String text) {
    assertThat(check(rule, mapWithOwner(text))).as(text).hasSize(1);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Team lead",
        "reviewed 2024-10-18",
        "from 2024-10-18 to 2024-11-30",
        "years 2019-2020-2021",
        "in 2019 2020 2021",
        "45% of students",
        "classes of 3 to 40 students",
        "grades 9 10 11 12",
        "12 345 678 dollars",
        "a budget of 1,250,000",
        "scores 1200-1500",
        "ISBN 978-0-306-40615-7",
        "server 192.168.100.200",
        "version 2.10.3",
        "room 101, ext. 4471",
        "jane@example.org",
        "someone@school.test",
        "Term 2 of 2026-27",
        "bell at 08:15-09:05",
        "on 2024-10-18 09:00",
        "2024-10-18 12 pupils",
        "on 2024-10-18 10 students",
        "1999 2000 2001 20 students",
        "grades 9 10 11 12 2024",
        "Scores from 100-200-300-400"
      })
  void ignoresNumbersThatAreNotPersonalData(String text) {
    assertThat(check(rule, mapWithOwner(text))).as(text).isEmpty();
  }

  @Test
  void reportsEachFieldOnce() {
    assertThat(check(rule, mapWithOwner("a@b.org, c@d.org, 555-201-7731"))).hasSize(1);
  }
}
