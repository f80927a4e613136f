package org.simap.lint.rules;

import java.time.LocalDate;
import org.simap.model.Waiver;

/** Facts about waivers that the linter and the waiver rules share. */
public final class Waivers {

  private Waivers() {}

  /** Returns whether the waiver has expired: today is after its 'until' date. */
  public static boolean expired(Waiver waiver, LocalDate today) {
    return waiver.until().map(today::isAfter).orElse(false);
  }
}
