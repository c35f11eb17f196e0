package org.ssr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;

class LanguagesTest {

  @AfterEach
  void leaveNoLocaleOnTheThread() {
    LocaleContextHolder.resetLocaleContext();
  }

  @Test
  void outsideAWebRequestThePersonsLanguageIsTheOneGiven() {
    LocaleContextHolder.resetLocaleContext();
    assertThat(Languages.ofPerson("fr")).isEqualTo("fr");
    assertThat(Languages.ofPerson(null)).isEqualTo("en");
    assertThat(Languages.ofPerson("xx")).isEqualTo("en");
  }

  @Test
  void inAWebRequestItIsTheBrowsersFirstLanguageWhenItIsOneOfOurs() {
    LocaleContextHolder.setLocale(Locale.forLanguageTag("pt-BR"));
    assertThat(Languages.ofPerson("fr")).isEqualTo("pt");
    LocaleContextHolder.setLocale(Locale.GERMAN);
    assertThat(Languages.ofPerson("fr")).as("a language of no message file reads as English, as the screens do")
        .isEqualTo("en");
  }

  @Test
  void unknownCodesReadAsEnglish() {
    assertThat(Languages.orEnglish(" FR ")).isEqualTo("fr");
    assertThat(Languages.orEnglish("de")).isEqualTo("en");
    assertThat(Languages.supported()).startsWith("en").contains("fr", "pt");
  }
}
