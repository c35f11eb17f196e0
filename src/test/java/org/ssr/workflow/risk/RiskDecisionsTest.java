package org.ssr.workflow.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.risk.RiskHandlingProcess.Elements;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * The decisions the risk ladder accepts are exactly those the deciding forms offer: a REST client sending anything
 * else is refused with what to choose (400), instead of a gateway finding no way on (500).
 */
class RiskDecisionsTest {

  private final RiskLadder ladder = new RiskLadder();

  @Test
  void theLadderAcceptsExactlyTheDecisionsTheFormsOffer() throws IOException {
    assertThat(RiskLadder.DECISIONS.get(Elements.DECIDE_HIGH_RISK))
        .isEqualTo(formValues("forms/risk-high-decision.form", Variables.RISK_DECISION.name()));
    assertThat(RiskLadder.DECISIONS.get(Elements.URGENT_REVIEW))
        .isEqualTo(formValues("forms/risk-urgent-review.form", Variables.RISK_URGENT_DECISION.name()));
  }

  @Test
  void anUnknownOrMissingDecisionIsRefusedWithWhatToChoose() {
    assertThatThrownBy(() -> ladder.checkDecision(Elements.DECIDE_HIGH_RISK, Variables.RISK_DECISION.name(), "postpone"))
        .isInstanceOf(RiskInputRejectedException.class)
        .hasMessage("Choose a decision (riskDecision): one of [mitigate, mediate, accept], not 'postpone'.");
    assertThatThrownBy(() -> ladder.checkDecision(Elements.URGENT_REVIEW, Variables.RISK_URGENT_DECISION.name(), null))
        .isInstanceOf(RiskInputRejectedException.class)
        .hasMessage("Choose a decision (riskUrgentDecision): one of [holdTransformation, continueMediation, "
            + "openAmendment, endProgramme].");
    assertThatCode(() -> ladder.checkDecision(Elements.DECIDE_HIGH_RISK, Variables.RISK_DECISION.name(), "accept"))
        .doesNotThrowAnyException();
    // steps that decide nothing are not checked
    assertThatCode(() -> ladder.checkDecision(Elements.WRITE_MITIGATION_PLAN, Variables.RISK_DECISION.name(), null))
        .doesNotThrowAnyException();
  }

  private static List<String> formValues(String form, String key) throws IOException {
    JsonNode schema = Json.mapper().readTree(Path.of(form).toFile());
    List<String> values = new ArrayList<>();
    schema.get("components").forEach(component -> {
      if (key.equals(component.path("key").asText())) {
        component.get("values").forEach(option -> values.add(option.get("value").asText()));
      }
    });
    assertThat(values).as("options of %s in %s", key, form).isNotEmpty();
    return values;
  }
}
