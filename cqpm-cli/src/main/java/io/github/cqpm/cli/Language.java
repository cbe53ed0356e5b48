package io.github.cqpm.cli;

import java.util.Locale;

/** The languages of the reports: French, the fiche's, and English. */
enum Language {
  /** French. */
  fr(Locale.FRENCH),
  /** English. */
  en(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  Locale locale() {
    return locale;
  }
}
