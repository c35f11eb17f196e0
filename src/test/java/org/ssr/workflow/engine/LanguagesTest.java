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

  /** The programme's language may be read from the database: only when the person chose none. */
  @Test
  void theFallbackIsAskedForOnlyWhenThePersonChoseNoLanguage() {
    LocaleContextHolder.setLocale(Locale.FRENCH);
    assertThat(Languages.ofPersonOr(() -> {
      throw new AssertionError("the person chose French");
    })).isEqualTo("fr");
    LocaleContextHolder.resetLocaleContext();
    assertThat(Languages.ofPersonOr(() -> "pt")).isEqualTo("pt");
  }

  @Test
  void aRequestWithoutAcceptLanguageGetsTheLanguageGiven() {
    MockHttpServletRequest request = new MockHttpServletRequest();
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    try {
      // what the request-context filter puts on the thread: the container's default locale, nobody's choice
      LocaleContextHolder.setLocale(Locale.GERMAN);
      assertThat(Languages.ofPerson("fr")).isEqualTo("fr");
      request.addHeader("Accept-Language", "pt-PT");
      LocaleContextHolder.setLocale(Locale.forLanguageTag("pt-PT"));
      assertThat(Languages.ofPerson("fr")).isEqualTo("pt");
    } finally {
      RequestContextHolder.resetRequestAttributes();
    }
  }

  @Test
  void unknownCodesReadAsEnglish() {
    assertThat(Languages.orEnglish(" FR ")).isEqualTo("fr");
    assertThat(Languages.orEnglish("de")).isEqualTo("en");
    assertThat(Languages.supported()).startsWith("en").contains("fr", "pt");
  }
}
