package org.ssr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Dates and durations as people read them in the programme's language; English keeps ISO-8601 as before. */
class ReadableTimesTest {

  @Test
  void datesAreWrittenOutInFrenchAndPortuguese() {
    LocalDate day = LocalDate.of(2026, 12, 7);
    assertThat(ReadableTimes.date(day, "fr")).isEqualTo("7 décembre 2026");
    assertThat(ReadableTimes.date(day, "pt")).isEqualTo("7 de dezembro de 2026");
    assertThat(ReadableTimes.date(day, "en")).isEqualTo("2026-12-07");
    assertThat(ReadableTimes.date("2026-12-07T10:15:00Z", "fr")).isEqualTo("7 décembre 2026");
    assertThat(ReadableTimes.date("next week", "fr")).isEqualTo("next week");
  }

  @Test
  void durationsAreWrittenInWords() {
    assertThat(ReadableTimes.duration("P14D", "fr")).isEqualTo("14 jours");
    assertThat(ReadableTimes.duration("P1D", "fr")).isEqualTo("1 jour");
    assertThat(ReadableTimes.duration("P45D", "pt")).isEqualTo("45 dias");
    assertThat(ReadableTimes.duration("P2W", "fr")).isEqualTo("2 semaines");
    assertThat(ReadableTimes.duration("P3M", "pt")).isEqualTo("3 meses");
    assertThat(ReadableTimes.duration("P1Y", "fr")).isEqualTo("1 an");
    assertThat(ReadableTimes.duration("PT12H", "pt")).isEqualTo("12 horas");
    assertThat(ReadableTimes.duration("P1M2D", "fr")).as("mixed: as stored").isEqualTo("P1M2D");
    assertThat(ReadableTimes.duration("P7D", "en")).isEqualTo("P7D");
    assertThat(ReadableTimes.duration("soon", "fr")).isEqualTo("soon");
  }
}
