package org.ssr.workflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every likelihood × impact combination, for every category, against the ladder below. */
class RiskRatingDecisionTest {

  /**
   * Expected level, rows = likelihood 1..5, columns = impact 1..5 (L low, M medium, H high, C critical).
   * Score = likelihood × impact: 1-4 low, 5-9 medium, 10-19 high, 20-25 critical.
   */
  private static final String[] EXPECTED_BY_SCORE = {
      //     impact 1 2 3 4 5
      /* likelihood 1 */ "L L L L M",
      /* likelihood 2 */ "L L M M H",
      /* likelihood 3 */ "L M M H H",
      /* likelihood 4 */ "L M H H C",
      /* likelihood 5 */ "M H H C C",
  };

  /** Human rights, short-term threats and social tension: one level up (critical stays critical). */
  private static final String[] EXPECTED_RAISED = {
      //     impact 1 2 3 4 5
      /* likelihood 1 */ "M M M M H",
      /* likelihood 2 */ "M M H H C",
      /* likelihood 3 */ "M H H C C",
      /* likelihood 4 */ "M H C C C",
      /* likelihood 5 */ "H C C C C",
  };

  private static final Set<RiskCategory> RAISING =
      Set.of(RiskCategory.HUMAN_RIGHTS, RiskCategory.SHORT_TERM_THREAT, RiskCategory.SOCIAL_TENSION);

  private static DmnEngine dmnEngine;
  private static DmnDecision decision;

  @BeforeAll
  static void parseDecision() throws Exception {
    dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream dmn = RiskRatingDecisionTest.class.getClassLoader()
        .getResourceAsStream(RiskHandlingProcess.DECISION_RESOURCE)) {
      decision = dmnEngine.parseDecision(RiskHandlingProcess.DECISION_KEY, dmn);
    }
  }

  static Stream<Arguments> everyCombination() {
    List<Arguments> cases = new ArrayList<>();
    for (RiskCategory category : RiskCategory.values()) {
      String[] table = RAISING.contains(category) ? EXPECTED_RAISED : EXPECTED_BY_SCORE;
      for (int likelihood = 1; likelihood <= 5; likelihood++) {
        String[] row = table[likelihood - 1].split(" ");
        for (int impact = 1; impact <= 5; impact++) {
          cases.add(Arguments.of(category, likelihood, impact, level(row[impact - 1])));
        }
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0}: likelihood {1} × impact {2} -> {3}")
  @MethodSource("everyCombination")
  void ratesEveryCombination(RiskCategory category, int likelihood, int impact, RiskLevel expected) {
    DmnDecisionRuleResult result = dmnEngine.evaluateDecisionTable(decision, Map.of(
        RiskHandlingProcess.Variables.RISK_LIKELIHOOD.name(), likelihood,
        RiskHandlingProcess.Variables.RISK_IMPACT.name(), impact,
        RiskHandlingProcess.Variables.RISK_CATEGORY.name(), category.id())).getSingleResult();

    assertThat(result.<String>getEntry("level")).isEqualTo(expected.id());
    assertThat(result.<String>getEntry("actingGroup")).isEqualTo(expected.actingGroup());
  }

  private static RiskLevel level(String letter) {
    return switch (letter) {
      case "L" -> RiskLevel.LOW;
      case "M" -> RiskLevel.MEDIUM;
      case "H" -> RiskLevel.HIGH;
      case "C" -> RiskLevel.CRITICAL;
      default -> throw new IllegalArgumentException(letter);
    };
  }
}
