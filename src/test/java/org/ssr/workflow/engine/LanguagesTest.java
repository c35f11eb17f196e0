package org.ssr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class LanguagesTest {

  @AfterEach
  void leaveNoLocaleOnTheThread() {
    LocaleContextHolder.resetLocaleContext();
    RequestContextHolder.resetRequestAttributes();
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
  void aRequestThatNamesNoLanguageGetsTheOneGiven() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    LocaleContextHolder.setLocale(Locale.FRENCH); // what the container reports without the header: its default
    assertThat(Languages.ofPerson("pt")).isEqualTo("pt");
    request.addHeader("Accept-Language", "fr-BE,fr;q=0.9");
    assertThat(Languages.ofPerson("pt")).isEqualTo("fr");
  }

  @Test
  void unknownCodesReadAsEnglish() {
    assertThat(Languages.orEnglish(" FR ")).isEqualTo("fr");
    assertThat(Languages.orEnglish("de")).isEqualTo("en");
    assertThat(Languages.supported()).startsWith("en").contains("fr", "pt");
  }
}
