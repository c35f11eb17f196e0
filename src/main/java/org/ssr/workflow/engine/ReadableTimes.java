package org.ssr.workflow.engine;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Date;

/**
 * Dates and durations as a person reads them in a language: « 7 décembre 2026 », « 14 jours » (the words of
 * {@code i18n/engine[_<lang>].properties}). Stored values stay language-neutral (ISO-8601: {@code 2026-12-07},
 * {@code P14D}); this only writes what a form or a text shows. English shows them as it always did, in ISO-8601, so
 * English forms and texts are unchanged; a value that is not ISO-8601 is shown as it is.
 */
public final class ReadableTimes {

  private ReadableTimes() {
  }

  /** A day: {@code 2026-12-07} in English, « 7 décembre 2026 » in French, « 7 de dezembro de 2026 » in Portuguese. */
  public static String date(LocalDate date, String language) {
    if (date == null) {
      return null;
    }
    String lang = Languages.orEnglish(language);
    if (Languages.ENGLISH.equals(lang)) {
      return date.toString();
    }
    return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(Languages.locale(lang)).format(date);
  }

  /** The day (UTC, as the engine's timers count) of an instant. */
  public static String date(Instant instant, String language) {
    return instant == null ? null : date(instant.atOffset(ZoneOffset.UTC).toLocalDate(), language);
  }

  public static String date(Date date, String language) {
    return date == null ? null : date(date.toInstant(), language);
  }

  /** An ISO-8601 date or date-time text ({@code 2026-12-07}, {@code 2026-12-07T10:00:00Z}) as a day; other text as it is. */
  public static String date(String iso, String language) {
    if (iso == null || iso.length() < 10 || Languages.ENGLISH.equals(Languages.orEnglish(language))) {
      return iso;
    }
    try {
      return date(LocalDate.parse(iso.substring(0, 10)), language);
    } catch (DateTimeParseException notADate) {
      return iso;
    }
  }

  /**
   * An ISO-8601 duration of days, weeks, months or years ({@code P14D}, {@code P2W}, {@code P3M}) or of hours and
   * minutes ({@code PT12H}) in words: « 14 jours », « 2 semaines », « 12 heures »; a mixed or unreadable one as it is.
   */
  public static String duration(String iso, String language) {
    String lang = Languages.orEnglish(language);
    if (iso == null || Languages.ENGLISH.equals(lang)) {
      return iso;
    }
    Messages words = Messages.of("engine", lang);
    String text = iso.trim().toUpperCase(java.util.Locale.ROOT);
    try {
      if (text.contains("T")) {
        Duration duration = Duration.parse(text);
        if (duration.toMinutesPart() == 0 && duration.toSecondsPart() == 0) {
          return words.text("duration.hours", duration.toHours());
        }
        return duration.getSeconds() % 60 == 0 ? words.text("duration.minutes", duration.toMinutes()) : iso;
      }
      Period period = Period.parse(text);
      if (text.matches("P\\d+W")) {
        return words.text("duration.weeks", period.getDays() / 7);
      }
      if (period.getYears() != 0 && period.getMonths() == 0 && period.getDays() == 0) {
        return words.text("duration.years", period.getYears());
      }
      if (period.getYears() == 0 && period.getMonths() != 0 && period.getDays() == 0) {
        return words.text("duration.months", period.getMonths());
      }
      if (period.getYears() == 0 && period.getMonths() == 0) {
        return words.text("duration.days", period.getDays());
      }
      return iso;
    } catch (DateTimeParseException notIso) {
      return iso;
    }
  }
}
