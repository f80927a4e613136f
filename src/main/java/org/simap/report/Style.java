package org.simap.report;

import org.simap.model.Severity;

/** ANSI colours for terminal output, or none at all. */
public final class Style {

  static final String RESET = "\u001B[0m";

  static final String BOLD = "\u001B[1m";

  static final String DIM = "\u001B[2m";

  private final boolean colour;

  private Style(boolean colour) {
    this.colour = colour;
  }

  public static Style plain() {
    return new Style(false);
  }

  public static Style coloured() {
    return new Style(true);
  }

  public boolean isColoured() {
    return colour;
  }

  public String bold(String text) {
    return wrap(BOLD, text);
  }

  public String dim(String text) {
    return wrap(DIM, text);
  }

  public String red(String text) {
    return wrap("\u001B[31m", text);
  }

  public String green(String text) {
    return wrap("\u001B[32m", text);
  }

  public String yellow(String text) {
    return wrap("\u001B[33m", text);
  }

  public String cyan(String text) {
    return wrap("\u001B[36m", text);
  }

  /** Returns the severity word, in red, yellow or cyan. */
  public String severity(Severity severity) {
    String word = severity.keyword();
    return switch (severity) {
      case ERROR -> wrap("\u001B[1;31m", word);
      case WARNING -> wrap("\u001B[1;33m", word);
      case INFO -> wrap("\u001B[1;36m", word);
    };
  }

  private String wrap(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
