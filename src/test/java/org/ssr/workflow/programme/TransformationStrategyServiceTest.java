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
}
