package org.ssr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The conversion kernel's rules, one per case, for every shape a form, the REST API or the engine hands over. */
class ConversionsTest {

  record Pledge(String donor, int amount) {}

  static Stream<Arguments> lists() {
    return Stream.of(
        Arguments.of("Tasklist checklist (Spin Json)", SpinValues.jsonValue("[\"youth\",\" women \"]").create(),
            List.of("youth", "women")),
        Arguments.of("Spin node", Spin.JSON("[\"youth\",\"women\"]"), List.of("youth", "women")),
        Arguments.of("Java list from the API", List.of("youth", " ", "women"), List.of("youth", "women")),
        Arguments.of("JSON text", "[\"North\", \"South\"]", List.of("North", "South")),
        Arguments.of("textarea lines", "North\r\n  South \n\n", List.of("North", "South")),
        Arguments.of("semicolons", "North; South", List.of("North", "South")),
        Arguments.of("commas stay inside a value", "Ministry of Defence, Veterans\nPolice",
            List.of("Ministry of Defence, Veterans", "Police")),
        Arguments.of("typed object value", Variables.objectValue(List.of("a")).create(), List.of("a")),
        Arguments.of("blank", "  ", List.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lists")
  void listsOfStrings(String shape, Object raw, List<String> expected) {
    assertThat(Conversions.strings("regions", raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void absentValuesAreNullOrEmpty(String raw) {
    assertThat(Conversions.text("x", raw)).isNull();
    assertThat(Conversions.integer("x", raw)).isNull();
    assertThat(Conversions.flag("x", raw)).isNull();
    assertThat(Conversions.date("x", raw)).isNull();
    assertThat(Conversions.strings("x", raw)).isEmpty();
    assertThat(Conversions.records("x", raw)).isEmpty();
    assertThat(Conversions.<Pledge>document("x", raw, Json.mapper().constructType(Pledge.class))).isNull();
  }

  static Stream<Arguments> wholeNumbers() {
    return Stream.of(Arguments.of(3L, 3), Arguments.of(3.0d, 3), Arguments.of(" 12 ", 12), Arguments.of("4.00", 4),
        Arguments.of(new BigDecimal("2027"), 2027), Arguments.of(Variables.longValue(7L), 7));
  }

  @ParameterizedTest
  @MethodSource("wholeNumbers")
  void wholeNumbers(Object raw, int expected) {
    assertThat(Conversions.integer("likelihood", raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.5", "three", "1e99"})
  void aNumberThatIsNotWholeIsRefusedNamingTheField(String raw) {
    assertThatThrownBy(() -> Conversions.integer("likelihood", raw))
        .isInstanceOf(VariableRejectedException.class).isInstanceOf(RejectedInput.class)
        .hasMessage("Field 'likelihood': enter a whole number, got '" + raw + "'.");
  }

  @Test
  void yesNo() {
    assertThat(Conversions.flag("f", true)).isTrue();
    assertThat(Conversions.flag("f", "FALSE")).isFalse();
    assertThat(Conversions.flag("f", Variables.booleanValue(true))).isTrue();
    assertThatThrownBy(() -> Conversions.flag("applyStep3", "maybe")).hasMessageContaining("'applyStep3'");
  }

  @Test
  void dates() {
    Date midnight = Date.from(LocalDate.of(2027, 3, 31).atStartOfDay(ZoneId.systemDefault()).toInstant());
    assertThat(Conversions.date("d", "2027-03-31")).isEqualTo(midnight);
    assertThat(Conversions.date("d", "2027-03-31T10:00:00Z")).isEqualTo(Date.from(Instant.parse("2027-03-31T10:00:00Z")));
    assertThat(Conversions.date("d", midnight)).isSameAs(midnight);
    assertThat(Conversions.date("d", Instant.EPOCH)).isEqualTo(new Date(0));
    assertThatThrownBy(() -> Conversions.date("sessionDate", "31/03/2027")).hasMessageContaining("YYYY-MM-DD");
  }

  @Test
  void recordsFromEveryShape() {
    List<Map<String, Object>> expected = List.of(Map.of("donor", "EU", "amount", 5));
    assertThat(Conversions.records("p", "[{\"donor\":\"EU\",\"amount\":5}]")).isEqualTo(expected);
    assertThat(Conversions.records("p", SpinValues.jsonValue("[{\"donor\":\"EU\",\"amount\":5}]").create()))
        .isEqualTo(expected);
    assertThat(Conversions.records("p", List.of(Map.of("donor", "EU", "amount", 5)))).isEqualTo(expected);
    assertThat(Conversions.records("p", List.of(new Pledge("EU", 5)))).isEqualTo(expected);
    assertThatThrownBy(() -> Conversions.records("pledges", "[\"EU\"]")).hasMessageContaining("'pledges'");
    assertThatThrownBy(() -> Conversions.records("pledges", "{not json")).hasMessageContaining("expected JSON");
  }

  @Test
  void documentsAndJsonText() {
    Pledge pledge = Conversions.document("p", "{\"donor\":\"EU\",\"amount\":5}", Json.mapper().constructType(Pledge.class));
    assertThat(pledge).isEqualTo(new Pledge("EU", 5));
    assertThat(Conversions.json(pledge)).isEqualTo("{\"donor\":\"EU\",\"amount\":5}");
    assertThat(Conversions.json("[1]")).isEqualTo("[1]");
    assertThat(Conversions.json(null)).isNull();
    assertThatThrownBy(() -> Conversions.document("plan", "[1]", Json.mapper().constructType(Pledge.class)))
        .hasMessageContaining("'plan'");
  }

  record Logged(Instant at, java.time.Duration after) {}

  @Test
  void datesAndDurationsAreWrittenAsIsoTextAndReadBack() {
    Logged entry = new Logged(Instant.parse("2027-03-31T09:00:00Z"), java.time.Duration.ofDays(7));
    String json = Conversions.json(List.of(entry));
    assertThat(json).isEqualTo("[{\"at\":\"2027-03-31T09:00:00Z\",\"after\":\"PT168H\"}]");
    assertThat(Conversions.<List<Logged>>document("log", SpinValues.jsonValue(json).create(),
        Json.mapper().getTypeFactory().constructCollectionType(List.class, Logged.class))).containsExactly(entry);
  }
}
