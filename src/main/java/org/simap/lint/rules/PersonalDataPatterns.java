package org.simap.lint.rules;

import java.nio.charset.StandardCharsets;
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
          "(?<![\\w.+/-])(\\+\\d{1,3}[ .-]?|00\\d{1,3}[ .-])?(\\(\\d{1,4}\\)[ .-]?)?\\d{1,4}"
              + "(?:[ .-]\\d{2,8}){1,4}"
              + "(?![\\w/-]|[.,]\\d)");

  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  /** Dates and times, which are masked before looking for phone numbers: "2024-10-18 09:00". */
  private static final Pattern DATE_OR_TIME =
      Pattern.compile("\\b\\d{4}-\\d{2}-\\d{2}\\b|\\b\\d{1,2}:\\d{2}(?::\\d{2})?\\b");

  private static final Pattern IPV4_LIKE = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

  /** An id number next to a word that names it as one: "student ID 20481234", "pupil no. 55123". */
  private static final Pattern LABELLED_ID =
      Pattern.compile(
          "(?i)\\b(?:student|pupil|learner)(?:'s)?[\\s_-]*(?:id|number|no\\.?|#)\\s*(?:number)?\\s*[:#=]?\\s*"
              + "[a-z]{0,2}\\d{4,12}\\b");

  private static final Pattern BARE_ID =
      Pattern.compile("\\bID\\s*(?:no\\.?|#)?\\s*[:#]?\\s*\\d{5,12}\\b");

  /** The layout of a US social security number, which schools have used as a student id. */
  private static final Pattern SSN = Pattern.compile("(?<![\\d-])\\d{3}-\\d{2}-\\d{4}(?![\\d-])");

  /**
   * The fewest ASCII digits that any pattern below needs: four, for a labelled id number. A phone
   * number needs eight, an SSN nine.
   */
  private static final int MIN_NUMBER_DIGITS = 4;

  private PersonalDataPatterns() {}

  /** The bit of {@link #scan} that is set when the text contains an '@'. */
  static final int AT_SIGN = 1;

  /** The bit of {@link #scan} that is set when the text contains at least four ASCII digits. */
  static final int ENOUGH_DIGITS = 2;

  /** Returns what kind of personal data the text seems to contain, such as "a phone number". */
  static Optional<String> find(String text) {
    // Most texts have no '@' and few digits, and the scan spares them the patterns, which took
    // half the time of linting a 50,000-element map.
    int found = scan(text);
    if ((found & AT_SIGN) != 0) {
      Matcher email = EMAIL.matcher(text);
      while (email.find()) {
        if (!reserved(email.group(1).toLowerCase(Locale.ROOT))) {
          return Optional.of("an e-mail address");
        }
      }
    }
    if ((found & ENOUGH_DIGITS) == 0) {
      return Optional.empty();
    }
    if (LABELLED_ID.matcher(text).find()
        || BARE_ID.matcher(text).find()
        || SSN.matcher(text).find()) {
      return Optional.of("a student id number");
    }
    Matcher phone = PHONE.matcher(DATE_OR_TIME.matcher(text).replaceAll(" "));
    while (phone.find()) {
      if (looksLikePhone(phone.group(), phone.group(1) != null)) {
        return Optional.of("a phone number");
      }
    }
    return Optional.empty();
  }

  /**
   * Looks at each character of the text once and returns {@link #AT_SIGN} when it contains an '@'
   * and {@link #ENOUGH_DIGITS} when it contains at least {@link #MIN_NUMBER_DIGITS} ASCII digits.
   * The scan stops as soon as both bits are set.
   */
  static int scan(String text) {
    // For a text of Latin-1 characters only, as most are, the ISO-8859-1 bytes are a copy of the
    // string's own array. A loop over them costs less than a call to charAt per character under the
    // C1 compiler that the launcher selects. The encoder turns every other character into '?',
    // which is neither an '@' nor a digit, so the result is the same as for the characters.
    byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
    boolean atSign = false;
    int digits = 0;
    for (byte b : bytes) {
      // '@' and the digits sort before every letter; bytes of 0x80 and above are negative here.
      if (b <= '@') {
        if (b == '@') {
          atSign = true;
          if (digits >= MIN_NUMBER_DIGITS) {
            break;
          }
        } else if (b >= '0' && b <= '9' && ++digits >= MIN_NUMBER_DIGITS && atSign) {
          break;
        }
      }
    }
    return (atSign ? AT_SIGN : 0) | (digits >= MIN_NUMBER_DIGITS ? ENOUGH_DIGITS : 0);
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
    String[] groups = candidate.replaceAll("[^0-9]+", " ").trim().split(" ");
    if (countryCode || candidate.contains("(")) {
      return true;
    }
    // Without a country code or an area code in brackets, a phone number ends in a group of four
    // or more digits ("555-123-4567", "020 7946 0958") and contains no year. That distinguishes it
    // from runs of years, grade lists and score ranges such as "grades 9 10 11 12 2024".
    if (groups[groups.length - 1].length() < 4) {
      return false;
    }
    for (String group : groups) {
      if (YEAR.matcher(group).matches()) {
        return false;
      }
    }
    return true;
  }
}
