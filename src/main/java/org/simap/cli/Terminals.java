package org.simap.cli;

import org.simap.report.Style;

/** Chooses between coloured and plain output. */
final class Terminals {

  private Terminals() {}

  static Style style(GlobalOptions options, Environment environment) {
    boolean colour =
        switch (options.colour) {
          case ALWAYS -> true;
          case NEVER -> false;
          case AUTO -> environment.colourByDefault();
        };
    return colour ? Style.coloured() : Style.plain();
  }
}
