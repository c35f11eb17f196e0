package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class ProgrammeSetupServiceTest {

  private final ProgrammeSetupService service = new ProgrammeSetupService();

  private ProgrammeSetupRequest request(String code, List<String> institutions, Map<String, List<String>> oversight) {
    return new ProgrammeSetupRequest(code, "Programme", "Testland", null, institutions, oversight,
        List.of("North", "North", "South"), List.of(), List.of("EU"));
  }

  @Test
  void normalisesTheCode_andFillsTheDefaultsOfTheSeed() {
    ProgrammeSetup setup = service.prepare(request(" ssr-01 ", List.of("police", "defence"), Map.of()), code -> false);

    assertThat(setup.code()).isEqualTo("SSR-01");
    assertThat(setup.term()).isEqualTo(ProgrammeSetupService.TERM_REFORM);
    assertThat(setup.regions()).containsExactly("North", "South");
    assertThat(setup.requiredSegments()).isEqualTo(Segment.defaultIds()).contains("youth", "womensGroups");
    assertThat(setup.oversightBodies()).isEqualTo(Map.of(
        "police", List.of("parliamentOversight", "justiceOversight"), "defence", List.of("parliamentOversight")));
  }

  @Test
  void keepsTheOversightBodiesChosenPerInstitution() {
    ProgrammeSetup setup = service.prepare(
        request("SSR-02", List.of("defence"), Map.of("defence", List.of("civilSocietyMonitor"))), code -> false);

    assertThat(setup.oversightBodies()).isEqualTo(Map.of("defence", List.of("civilSocietyMonitor")));
  }

  @Test
  void refusesACodeInUse_withAClearMessage() {
    assertThatThrownBy(() -> service.prepare(request("SSR-03", List.of("defence"), Map.of()), inUse("SSR-03")))
        .isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessage("Programme code SSR-03 is already used by another programme (running or finished). "
            + "Choose another code.");
  }

  @Test
  void refusesACodeDifferingOnlyInCaseFromOneInUse() {
    assertThatThrownBy(() -> service.prepare(request(" ssr-03 ", List.of("defence"), Map.of()), inUse("SSR-03")))
        .isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessageStartingWith("Programme code SSR-03 is already used by another programme");
    assertThatThrownBy(() -> service.prepare(request("Ssr-03", List.of("defence"), Map.of()), inUse("SSR-03")))
        .hasMessageStartingWith("Programme code SSR-03 is already used by another programme");
  }

  /** As the directory answers: by the normalised code. */
  private static Predicate<ProgrammeCode> inUse(String code) {
    return ProgrammeCode.of(code)::equals;
  }

  @Test
  void refusesInvalidInput() {
    assertThatThrownBy(() -> service.prepare(request("", List.of("defence"), Map.of()), c -> false))
        .hasMessage("Enter a programme code.");
    assertThatThrownBy(() -> service.prepare(request("SSR 04!", List.of("defence"), Map.of()), c -> false))
        .hasMessageContaining("is not valid");
    assertThatThrownBy(() -> service.prepare(request("SSR-05", List.of(), Map.of()), c -> false))
        .hasMessage("Choose at least one institution in scope.");
    assertThatThrownBy(() -> service.prepare(request("SSR-06", List.of("navy"), Map.of()), c -> false))
        .hasMessage("Unknown institution 'navy'.");
    assertThatThrownBy(() -> service.prepare(
        request("SSR-07", List.of("defence"), Map.of("defence", List.of("pressCouncil"))), c -> false))
        .hasMessageContaining("Unknown oversight body 'pressCouncil'");
    assertThatThrownBy(() -> service.prepare(new ProgrammeSetupRequest("SSR-08", "P", "C", "Security Reform",
        List.of("defence"), Map.of(), List.of("N"), List.of(), List.of()), c -> false))
        .hasMessageContaining("The programme term must be");
  }
}
