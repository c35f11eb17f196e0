package org.ssr.workflow.risk;

import org.camunda.bpm.engine.test.mock.Mocks;

/** Registers the real risk beans (no Spring in process tests) under the names the models use. */
final class RiskTestBeans {

  private RiskTestBeans() {}

  static void register() {
    RiskLadder ladder = new RiskLadder();
    RiskProperties properties = RiskProperties.defaults();
    Mocks.register("prepareRiskDelegate", new PrepareRiskDelegate(properties, ladder));
    Mocks.register("riskAssessmentListener", new RiskAssessmentListener());
    Mocks.register("recordRiskLevelDelegate", new RecordRiskLevelDelegate(properties, ladder));
    Mocks.register("escalateRiskLevelDelegate", new EscalateRiskLevelDelegate(properties, ladder));
    Mocks.register("riskDecisionListener", new RiskDecisionListener(ladder));
    Mocks.register("chaseUrgentReviewDelegate", new ChaseUrgentReviewDelegate(ladder));
    Mocks.register("holdTransformationTrackDelegate", new HoldTransformationTrackDelegate());
    Mocks.register("resumeTransformationTrackDelegate", new ResumeTransformationTrackDelegate());
    Mocks.register("closeRiskDelegate", new CloseRiskDelegate());
    Mocks.register("endProgrammeDelegate", new EndProgrammeDelegate());
    Mocks.register("checkProgrammeRunningDelegate", new CheckProgrammeRunningDelegate());
    Mocks.register("reportRiskToProgrammeDelegate", new ReportRiskToProgrammeDelegate());
    Mocks.register("requestRapidContainmentDelegate", new RequestRapidContainmentDelegate());
  }
}
