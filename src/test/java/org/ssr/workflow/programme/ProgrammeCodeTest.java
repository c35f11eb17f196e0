package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ProgrammeCodeTest {

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource(delimiter = '|', value = {
      "rbt-15681     | RBT-15681",
      "RBT-15681     | RBT-15681",
      "Rbt-15681     | RBT-15681",
      "'  ssr-01  '  | SSR-01",
      "'\tssr-2026-01 ' | SSR-2026-01",
      "a1            | A1",
      "0-            | 0-"})
  void normalisesToTrimmedUpperCase(String typed, String code) {
    assertThat(ProgrammeCode.of(typed).value()).isEqualTo(code);
    assertThat(ProgrammeCode.of(typed)).isEqualTo(ProgrammeCode.of(code)).hasToString(code);
    assertThat(ProgrammeCode.parse(typed)).contains(ProgrammeCode.of(code));
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "\t"})
  void refusesABlankCode(String typed) {
    assertThatThrownBy(() -> ProgrammeCode.of(typed))
        .isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessage("Enter a programme code.");
    assertThat(ProgrammeCode.parse(typed)).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"X", "-SSR", "SSR 01", "SSR_01", "SSR/01", "SSR.01", "ÄSR-01", "${code}",
      "A12345678901234567890123456789012345678901"})
  void refusesWhatSetUpRefuses(String typed) {
    assertThatThrownBy(() -> ProgrammeCode.of(typed))
        .isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessageContaining("is not valid: use 2 to 40 letters, digits or dashes, e.g. SSR-2026-01.");
    assertThat(ProgrammeCode.parse(typed)).isEmpty();
  }

  @Test
  void fortyCharactersAreTheLongestCode() {
    String forty = "A".repeat(40);
    assertThat(ProgrammeCode.of(forty.toLowerCase()).value()).isEqualTo(forty);
  }

  @Test
  void theConstructorNormalisesToo() {
    assertThat(new ProgrammeCode(" ssr-01 ")).isEqualTo(ProgrammeCode.of("SSR-01"));
  }

  @Test
  void jsonIsThePlainString() throws Exception {
    ObjectMapper json = new ObjectMapper();
    assertThat(json.writeValueAsString(ProgrammeCode.of("ssr-01"))).isEqualTo("\"SSR-01\"");
    assertThat(json.readValue("\" ssr-01 \"", ProgrammeCode.class)).isEqualTo(ProgrammeCode.of("SSR-01"));
  }
}
