package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Step 11's charter as data, without the engine: what is refused, what a version holds, which version is in force. */
class OversightCharterTest {

  private static final List<String> IN_SCOPE = List.of("defence", "police");
  private static final Instant AT = Instant.parse("2027-01-15T10:00:00Z");

  private static List<Map<String, Object>> frameworks(List<String> defence, List<String> police) {
    return List.of(Map.of("institution", "defence", "reviewers", defence),
        Map.of("institution", "police", "reviewers", police));
  }

  @Test
  void aVersionNamesTheBodiesOfEveryDocument_andCountsOnFromTheEarlierOnes() {
    Map<String, Object> first = OversightCharter.record(List.of("parliamentOversight"),
        frameworks(List.of("parliamentOversight"), List.of("parliamentOversight", "justiceOversight")),
        List.of("parliamentOversight"), IN_SCOPE, List.of(), "coordinator", AT, 1);
    Map<String, Object> second = OversightCharter.record(List.of("parliamentOversight", "civilSocietyMonitor",
        "parliamentOversight"), frameworks(List.of("civilSocietyMonitor"), List.of("justiceOversight")),
        List.of("justiceOversight"), IN_SCOPE, List.of(first), "coordinator", AT, 2);

    assertThat(first).containsEntry("version", 1).containsEntry("recordedBy", "coordinator")
        .containsEntry("recordedAt", "2027-01-15T10:00:00Z").containsEntry("governanceCharterVersion", 1);
    assertThat(second).containsEntry("version", 2);
    Map<String, Object> inForce = OversightCharter.current(List.of(first, second)).orElseThrow();
    assertThat(OversightCharter.nspReviewers(inForce)).containsExactly("parliamentOversight", "civilSocietyMonitor");
    assertThat(OversightCharter.frameworkReviewers(inForce, "defence")).containsExactly("civilSocietyMonitor");
    assertThat(OversightCharter.frameworkReviewers(inForce, "border")).isEmpty();
    assertThat(OversightCharter.planReviewers(inForce)).containsExactly("justiceOversight");
    assertThat(OversightCharter.current(List.of())).isEmpty();
  }

  @Test
  void aDocumentWithoutABody_anUnknownBody_anInstitutionLeftOutOrNotInScope_areRefused() {
    List<Map<String, Object>> ok = frameworks(List.of("parliamentOversight"), List.of("justiceOversight"));
    assertThatThrownBy(() -> OversightCharter.record(List.of(), ok, List.of("parliamentOversight"), IN_SCOPE,
        List.of(), "coordinator", AT, 1)).isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessage("Oversight charter: charterNspReviewers: name at least one oversight body that reviews the "
            + "National Security Policy.");
    assertThatThrownBy(() -> OversightCharter.record(List.of("parliamentOversight"), ok, List.of("ministry"),
        IN_SCOPE, List.of(), "coordinator", AT, 1)).isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessageContaining("charterPlanReviewers: ministry is not an oversight body");
    assertThatThrownBy(() -> OversightCharter.record(List.of("parliamentOversight"),
        List.of(Map.of("institution", "defence", "reviewers", List.of("parliamentOversight"))),
        List.of("parliamentOversight"), IN_SCOPE, List.of(), "coordinator", AT, 1))
        .isInstanceOf(ProgrammeInputRejectedException.class).hasMessageContaining("policy framework of Police");
    assertThatThrownBy(() -> OversightCharter.record(List.of("parliamentOversight"),
        List.of(Map.of("institution", "border", "reviewers", List.of("parliamentOversight"))),
        List.of("parliamentOversight"), IN_SCOPE, List.of(), "coordinator", AT, 1))
        .isInstanceOf(ProgrammeInputRejectedException.class).hasMessageContaining("Border management is not an "
            + "institution of this programme");
    assertThatThrownBy(() -> OversightCharter.record(List.of("parliamentOversight"),
        frameworks(List.of(), List.of("justiceOversight")), List.of("parliamentOversight"), IN_SCOPE, List.of(),
        "coordinator", AT, 1)).isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessageContaining("reviews the policy framework of Armed forces (defence)");
  }

  @Test
  void theFormOpensWithTheCharterInForce_elseWithTheBodiesSetUpNamed() {
    Map<String, List<String>> setUp = Map.of("defence", List.of("parliamentOversight"),
        "police", List.of("parliamentOversight", "justiceOversight"));
    assertThat(OversightCharter.frameworkRows(Optional.empty(), IN_SCOPE, setUp)).containsExactly(
        Map.of("institution", "defence", "reviewers", List.of("parliamentOversight")),
        Map.of("institution", "police", "reviewers", List.of("parliamentOversight", "justiceOversight")));
    Map<String, Object> charter = OversightCharter.record(List.of("parliamentOversight"),
        frameworks(List.of("civilSocietyMonitor"), List.of("justiceOversight")), List.of("parliamentOversight"),
        IN_SCOPE, List.of(), "coordinator", AT, 1);
    assertThat(OversightCharter.frameworkRows(Optional.of(charter), IN_SCOPE, setUp)).extracting(r -> r.get("reviewers"))
        .containsExactly(List.of("civilSocietyMonitor"), List.of("justiceOversight"));
  }
}
