package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TransformationStrategyServiceTest {

  private final TransformationStrategyService service = new TransformationStrategyService();
  private final List<String> inScope = List.of("police", "defence");

  @Test
  void readsTheActions_yearsAsNumbersOrText() {
    List<TransformationAction> actions = service.actions(List.of(
        Map.of("id", "A1", "title", "Train police", "institution", "police", "startYear", 2027, "endYear", "2029")),
        inScope);

    assertThat(actions).containsExactly(new TransformationAction("A1", "Train police", "police", 2027, 2029));
    assertThat(actions.get(0).toMap()).containsEntry("endYear", 2029);
  }

  @Test
  void refusesEmptyDuplicateOrInconsistentActions() {
    assertThatThrownBy(() -> service.actions(List.of(), inScope)).hasMessageContaining("at least one action");
    Map<String, Object> a1 = Map.of("id", "A1", "title", "T", "institution", "police", "startYear", 2027, "endYear", 2027);
    assertThatThrownBy(() -> service.actions(List.of(a1, a1), inScope)).hasMessageContaining("the id is used twice");
    assertThatThrownBy(() -> service.actions(List.of(Map.of("id", "A2", "title", "T", "institution", "navy",
        "startYear", 2027, "endYear", 2027)), inScope)).hasMessageContaining("institutions in scope");
    assertThatThrownBy(() -> service.actions(List.of(Map.of("id", "A3", "title", "T", "institution", "police",
        "startYear", 2029, "endYear", 2027)), inScope)).hasMessageContaining("end year is before the start year");
    assertThatThrownBy(() -> service.actions(List.of(Map.of("id", "A4", "title", "T", "institution", "police",
        "startYear", "soon", "endYear", 2027)), inScope)).hasMessageContaining("must be a year");
  }

  @Test
  void readsOwnerIndicatorsAndMilestones_asTheFormsTextareasSubmitThem() {
    List<TransformationAction> actions = service.actions(List.of(Map.of("id", "A1", "title", "Train police",
        "institution", "police", "startYear", 2027, "endYear", 2028, "ownerInstitution", "defence",
        "indicatorsText", "Officers trained | persons | 0 | 2027=400, 2028=800\n\nStations reformed | % | 12.5 | 2028=60",
        "milestonesText", "2027 | Curriculum adopted\n2028 | First cohort certified")), inScope);

    TransformationAction action = actions.get(0);
    assertThat(action.ownerInstitution()).isEqualTo("defence");
    assertThat(action.indicators()).hasSize(2);
    ActionIndicator trained = action.indicators().get(0);
    assertThat(trained.name()).isEqualTo("Officers trained");
    assertThat(trained.unit()).isEqualTo("persons");
    assertThat(trained.baseline()).isEqualByComparingTo("0");
    assertThat(trained.targets()).containsOnlyKeys(2027, 2028);
    assertThat(trained.targetFor(2029)).isEqualByComparingTo("800");
    assertThat(trained.targetFor(2026)).isNull();
    assertThat(action.indicators().get(1).baseline()).isEqualByComparingTo("12.5");
    assertThat(action.milestones()).containsExactly(new ActionMilestone(2027, "Curriculum adopted"),
        new ActionMilestone(2028, "First cohort certified"));

    // stored as plain maps and read back the same (the implementation phase reads the stored actions)
    assertThat(TransformationStrategyService.stored(List.of(action.toMap()))).containsExactly(action);
  }

  @Test
  void anActionStoredBeforeMeasuresExisted_readsWithItsInstitutionAsOwnerAndNoMeasures() {
    List<TransformationAction> old = TransformationStrategyService.stored(List.of(Map.of("id", "A1", "title", "T",
        "institution", "police", "startYear", 2027, "endYear", 2029)));

    assertThat(old.get(0).ownerInstitution()).isEqualTo("police");
    assertThat(old.get(0).indicators()).isEmpty();
    assertThat(old.get(0).milestones()).isEmpty();
  }

  @Test
  void refusesMalformedMeasures_namingTheActionAndLine() {
    assertThatThrownBy(() -> service.actions(List.of(measured("indicatorsText", "Officers trained | persons | 0")),
        inScope)).hasMessage("Action 1 (A1): indicator line 1: write name | unit | baseline | targets per year, "
        + "e.g. Officers trained | persons | 0 | 2027=400, 2028=800.");
    assertThatThrownBy(() -> service.actions(List.of(measured("indicatorsText", "Trained | persons | none | 2027=4")),
        inScope)).hasMessage("Action 1 (A1): indicator line 1: baseline must be a number, e.g. 40 or 12.5.");
    // one rule for numbers in records (engine.Conversions): a decimal comma or a fraction of a year is refused
    assertThatThrownBy(() -> service.actions(List.of(measured("indicatorsText", "Trained | persons | 1,5 | 2027=4")),
        inScope)).hasMessage("Action 1 (A1): indicator line 1: baseline must be a number, e.g. 40 or 12.5.");
    assertThatThrownBy(() -> service.actions(List.of(Map.of("id", "A5", "title", "T", "institution", "police",
        "startYear", 2027.5, "endYear", 2028)), inScope)).hasMessageContaining("must be a year");
    assertThatThrownBy(() -> service.actions(List.of(measured("indicatorsText", "Trained | persons | 0 | 2027")),
        inScope)).hasMessageContaining("write each target as year=value");
    assertThatThrownBy(() -> service.actions(List.of(measured("indicatorsText", "Trained | persons | 0 | ")),
        inScope)).hasMessageContaining("a target for at least one year");
    assertThatThrownBy(() -> service.actions(List.of(measured("milestonesText", "Curriculum adopted")),
        inScope)).hasMessageContaining("milestone line 1: write year | milestone");
    assertThatThrownBy(() -> service.actions(List.of(measured("milestonesText", "1990 | Old")),
        inScope)).hasMessageContaining("milestone year must be between 2000 and 2100");
    assertThatThrownBy(() -> service.actions(List.of(measured("ownerInstitution", "navy")), inScope))
        .hasMessageContaining("owner institution must be one of the institutions in scope");
  }

  private static Map<String, Object> measured(String field, String value) {
    return Map.of("id", "A1", "title", "Train police", "institution", "police", "startYear", 2027, "endYear", 2028,
        field, value);
  }

  @Test
  void actionsCiteGapsAndPrioritiesThatExist_andAreTaggedCapabilityOrAccountability() {
    Map<String, Object> row = new java.util.HashMap<>(Map.of("id", "A1", "title", "Complaints body",
        "institution", "police", "startYear", 2027, "endYear", 2027, "kind", "accountability",
        "gapIds", List.of("G-1"), "priorityIds", List.of("P-2")));
    List<TransformationAction> actions = service.actions(List.of(row), inScope, java.util.Set.of("G-1"),
        java.util.Set.of("P-1", "P-2"));

    TransformationAction action = actions.get(0);
    assertThat(action.gapIds()).containsExactly("G-1");
    assertThat(action.priorityIds()).containsExactly("P-2");
    assertThat(action.kind()).isEqualTo(TransformationAction.ACCOUNTABILITY);
    assertThat(TransformationStrategyService.stored(List.of(action.toMap()))).containsExactly(action);

    assertThatThrownBy(() -> service.actions(List.of(row), inScope, java.util.Set.of(), java.util.Set.of("P-2")))
        .hasMessageContaining("Action 1 (A1): there is no gap G-1; choose a gap of the gap analysis");
    row.put("kind", "efficiency");
    assertThatThrownBy(() -> service.actions(List.of(row), inScope, java.util.Set.of("G-1"), java.util.Set.of("P-2")))
        .hasMessageContaining("tag the action as capability or accountability");
  }

  @Test
  void anActionStoredBeforeCitationsReadsWithNone() {
    TransformationAction old = TransformationStrategyService.stored(List.of(Map.of("id", "A1", "title", "T",
        "institution", "police", "startYear", 2027, "endYear", 2027))).get(0);
    assertThat(old.gapIds()).isEmpty();
    assertThat(old.priorityIds()).isEmpty();
    assertThat(old.kind()).isNull();
  }
}
