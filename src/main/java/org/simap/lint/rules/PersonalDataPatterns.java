package org.simap.lint.rules;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognizes text that looks like an e-mail address, a phone number or an id number. The patterns
 * lean towards missing a number rather than flagging dates, years, percentages, counts and ranges,
 * which maps are full of.
 */
final class PersonalDataPatterns {

  private static final Pattern EMAIL =
      Pattern.compile(
          "(?<![\\w.+-])[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,})(?![\\w-])");

  /**
   * Domains that RFC 2606 and RFC 6761 reserve for documentation and tests; addresses there belong
   * to no one.
   */
  private static final Set<String> RESERVED_DOMAINS =
      Set.of("example.com", "example.org", "example.net");

  private static final Set<String> RESERVED_SUFFIXES = Set.of(".example", ".invalid", ".test");

  /**
   * Digit groups joined by spaces, dots, hyphens or a bracketed area code, with an optional country
   * code: "+44 20 7946 0958", "(555) 123-4567", "555.123.4567".
   */
  private static final Pattern PHONE =
      Pattern.compile(
          "(?<![\\w.+/-])(\\+\\d{1,3}[ .-]?)?(\\(\\d{1,4}\\)[ .-]?)?\\d{2,4}(?:[ .-]\\d{2,4}){1,4}"
              + "(?![\\w/-]|[.,]\\d)");

  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  private static final Pattern IPV4_LIKE = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** An id number next to a word that says so: "student ID 20481234", "pupil no. 55123". */
  private static final Pattern LABELLED_ID =
      Pattern.compile(
          "(?i)\\b(?:student|pupil|learner)(?:'s)?\\s*(?:id|number|no\\.?|#)\\s*(?:number)?\\s*[:#]?\\s*"
              + "[a-z]{0,2}\\d{4,12}\\b");

  private static final Pattern BARE_ID =
      Pattern.compile("\\bID\\s*(?:no\\.?|#)?\\s*[:#]?\\s*\\d{5,12}\\b");

  /** The layout of a US social security number, which schools have used as a student id. */
  private static final Pattern SSN = Pattern.compile("(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])");

  private PersonalDataPatterns() {}

  /** Returns what kind of personal data the text seems to contain, such as "a phone number". */
  static Optional<String> find(String text) {
    Matcher email = EMAIL.matcher(text);
    while (email.find()) {
      if (!reserved(email.group(1).toLowerCase(Locale.ROOT))) {
        return Optional.of("an e-mail address");
      }
    }
    if (LABELLED_ID.matcher(text).find()
        || BARE_ID.matcher(text).find()
        || SSN.matcher(text).find()) {
      return Optional.of("a student id number");
    }
    Matcher phone = PHONE.matcher(text);
    while (phone.find()) {
      if (looksLikePhone(phone.group(), phone.group(1) != null)) {
        return Optional.of("a phone number");
      }
    }
    return Optional.empty();
  }

  private static boolean reserved(String domain) {
    return RESERVED_DOMAINS.stream().anyMatch(d -> domain.equals(d) || domain.endsWith("." + d))
        || RESERVED_SUFFIXES.stream().anyMatch(domain::endsWith);
  }

  private static boolean looksLikePhone(String candidate, boolean countryCode) {
    int digits = (int) candidate.chars().filter(Character::isDigit).count();
    if (digits > 15 || digits < (countryCode ? 8 : 10)) {
      return false;
    }
    if (IPV4_LIKE.matcher(candidate).matches()) {
      return false;
    }
    // A run of years such as "2019 2020 2021" has the digits of a phone number.
    String[] groups = candidate.replaceAll("[^0-9]+", " ").trim().split(" ");
    boolean allYears = true;
    for (String group : groups) {
      allYears &= YEAR.matcher(group).matches();
    }
    return !allYears;
  }
}
