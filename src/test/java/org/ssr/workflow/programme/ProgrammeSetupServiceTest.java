package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.engine.Languages;

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

  @Test
  void keepsTheProgrammeLanguage_englishWhenNoneIsGiven_andRefusesOneThatIsNotOurs() {
    ProgrammeSetupRequest english = request("SSR-04", List.of("defence"), Map.of());
    assertThat(service.prepare(english, code -> false).language()).isEqualTo(Languages.ENGLISH);
    String other = Languages.supported().get(Languages.supported().size() - 1);
    assertThat(service.prepare(inLanguage(english, " " + other.toUpperCase() + " "), code -> false).language())
        .isEqualTo(other);

    assertThatThrownBy(() -> service.prepare(inLanguage(english, "xx"), code -> false))
        .isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessage("Programme language: 'xx' is not a language of this system (" + String.join(", ",
            Languages.supported()) + "). Choose one of these codes, or leave the field empty for English.");
  }

  private static ProgrammeSetupRequest inLanguage(ProgrammeSetupRequest request, String language) {
    return new ProgrammeSetupRequest(request.code(), request.name(), request.country(), request.term(),
        request.institutions(), request.oversightBodies(), request.regions(), request.requiredSegments(),
        request.donors(), request.context(), request.segmentsJustification(), request.nationalShareTarget(), language);
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

  private ProgrammeSetupRequest withContext(List<String> segments, ReformContext context, String justification,
      java.math.BigDecimal shareTarget) {
    return new ProgrammeSetupRequest("SSR-20", "Programme", "Testland", null, List.of("police"), Map.of(),
        List.of("North"), segments, List.of(), context, justification, shareTarget);
  }

  @Test
  void theReformContextSetsTheDefaultSegments_postConflictAddsTheArmedGroups() {
    assertThat(service.prepare(withContext(List.of(), ReformContext.POST_CONFLICT, null, null), c -> false)
        .requiredSegments()).isEqualTo(ReformContext.POST_CONFLICT.defaultSegments()).contains("armedGroups");
    assertThat(service.prepare(withContext(List.of(), ReformContext.POST_AUTHORITARIAN, null, null), c -> false)
        .requiredSegments()).isEqualTo(Segment.defaultIds()).doesNotContain("armedGroups");
    assertThat(ReformContext.POST_CONFLICT.stepsSuggestedNotToApply()).isEmpty();
    assertThat(ReformContext.DEVELOPMENT_AND_EFFICIENCY.stepsSuggestedNotToApply()).containsExactly(3);
  }

  @Test
  void leavingOutWomensGroupsOrYouthNeedsAWrittenJustification_keptOnlyWhenNeeded() {
    assertThatThrownBy(() -> service.prepare(withContext(List.of("religiousLeaders"), null, "  ", null), c -> false))
        .isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessage("Women's groups and Youth are not among the segments that must be heard in the national dialog. "
            + "Tick them again, or write under 'Why these segments are not required' why the dialog need not hear "
            + "them: oversight sees this justification.");
    assertThat(service.prepare(withContext(List.of("womensGroups"), null, " Youth councils consulted apart ", null),
        c -> false).segmentsJustification()).isEqualTo("Youth councils consulted apart");
    assertThat(service.prepare(withContext(List.of("womensGroups", "youth"), null, "not needed", null),
        c -> false).segmentsJustification()).isNull();
  }

  @Test
  void theNationalShareTargetIsAPercentage() {
    assertThat(service.prepare(withContext(List.of(), null, null, new java.math.BigDecimal("62.5")), c -> false)
        .nationalShareTarget()).isEqualByComparingTo("62.5");
    assertThatThrownBy(() -> service.prepare(withContext(List.of(), null, null, new java.math.BigDecimal("120")),
        c -> false)).hasMessage("The national share target is a percentage from 0 to 100 (you entered 120); leave it "
            + "empty when the programme sets none.");
  }

  @Test
  void nonStateActorsAreInstitutionsWithTheirOwnOversightBodies() {
    ProgrammeSetup setup = service.prepare(new ProgrammeSetupRequest("SSR-21", "P", "C", null,
        List.of("militias", "privateSecurity"), Map.of("privateSecurity", List.of("justiceOversight")),
        List.of("N"), List.of(), List.of()), c -> false);
    assertThat(setup.oversightBodies()).isEqualTo(Map.of(
        "militias", List.of("parliamentOversight", "civilSocietyMonitor"),
        "privateSecurity", List.of("justiceOversight")));
    assertThat(Institution.MILITIAS.agencyGroup()).isEqualTo("agencyMilitias");
    assertThat(Institution.LOCAL_DEFENCE_GROUPS.oversightFormField()).isEqualTo("oversightLocalDefenceGroups");
  }
}
