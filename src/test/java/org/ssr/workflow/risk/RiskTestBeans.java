package org.ssr.workflow.risk;

import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.context.ApplicationEventPublisher;
import org.ssr.workflow.decision.InMemoryDecisionRecord;
import org.ssr.workflow.programme.ProgrammeForms;
import org.ssr.workflow.programme.ProgrammeProcess;

/** Registers the real risk beans (no Spring in process tests) under the names the models use. */
public final class RiskTestBeans {

  private RiskTestBeans() {}

  public static void register() {
    register(InMemoryDecisionRecord.discarding());
  }

  /** With the risk decisions published to the given record (e.g. an {@link InMemoryDecisionRecord}). */
  public static void register(ApplicationEventPublisher decisionRecord) {
    RiskLadder ladder = new RiskLadder();
    RiskProperties properties = RiskProperties.defaults();
    Mocks.register("prepareRiskDelegate", new PrepareRiskDelegate(properties, ladder));
    Mocks.register("riskAssessmentListener", new RiskAssessmentListener());
    Mocks.register(ProgrammeProcess.Beans.FORMS, new ProgrammeForms());
    Mocks.register("recordRiskLevelDelegate", new RecordRiskLevelDelegate(properties, ladder));
    Mocks.register("escalateRiskLevelDelegate", new EscalateRiskLevelDelegate(properties, ladder));
    Mocks.register("riskDecisionListener", new RiskDecisionListener(ladder, decisionRecord));
    Mocks.register("chaseUrgentReviewDelegate", new ChaseUrgentReviewDelegate(ladder));
    Mocks.register("holdTransformationTrackDelegate", new HoldTransformationTrackDelegate());
    Mocks.register("resumeTransformationTrackDelegate", new ResumeTransformationTrackDelegate());
    Mocks.register("closeRiskDelegate", new CloseRiskDelegate());
    Mocks.register("endProgrammeDelegate", new EndProgrammeDelegate());
    Mocks.register("checkProgrammeRunningDelegate", new CheckProgrammeRunningDelegate());
    Mocks.register("reportRiskToProgrammeDelegate", new ReportRiskToProgrammeDelegate());
    Mocks.register("requestRapidContainmentDelegate", new RequestRapidContainmentDelegate());
    Mocks.register("requestAmendmentForRiskDelegate", new RequestAmendmentForRiskDelegate());
  }
}
