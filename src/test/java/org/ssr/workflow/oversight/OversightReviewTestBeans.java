package org.ssr.workflow.oversight;

import org.camunda.bpm.engine.test.mock.Mocks;
import org.springframework.context.ApplicationEventPublisher;
import org.ssr.workflow.decision.InMemoryDecisionRecord;
import org.ssr.workflow.programme.ProgrammeForms;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ReviewSubjects;

/**
 * Registers the beans of oversight-review.bpmn with real services in the process-test engine (MockExpressionManager).
 * Callers' process tests (e.g. ssr-programme) call {@link #register()} in their @BeforeEach to run the real review.
 */
public final class OversightReviewTestBeans {

  private OversightReviewTestBeans() {}

  public static void register() {
    register("P21D", "P7D");
  }

  /** With the decisions published to the given record (e.g. an {@link InMemoryDecisionRecord}). */
  public static void register(ApplicationEventPublisher decisionRecord) {
    register("P21D", "P7D", decisionRecord);
  }

  public static void register(String defaultDeadline, String defaultEscalationDelay) {
    register(defaultDeadline, defaultEscalationDelay, InMemoryDecisionRecord.discarding());
  }

  public static void register(String defaultDeadline, String defaultEscalationDelay,
      ApplicationEventPublisher decisionRecord) {
    ReviewDecisionService decisions = new ReviewDecisionService();
    Mocks.register(OversightReviewProcess.Beans.PREPARE_REVIEW,
        new PrepareOversightReviewDelegate(new OversightReviewPlanner(defaultDeadline, defaultEscalationDelay)));
    Mocks.register(OversightReviewProcess.Beans.BODY_NAMES, new OversightBodies());
    Mocks.register(ProgrammeProcess.Beans.FORMS, new ProgrammeForms());
    // the models that call the review write its subject in the programme's language
    Mocks.register(ProgrammeProcess.Beans.REVIEW_SUBJECTS, new ReviewSubjects());
    Mocks.register(OversightReviewProcess.Beans.RECORD_DECISION,
        new RecordReviewDecisionListener(decisions, decisionRecord));
    Mocks.register(OversightReviewProcess.Beans.RECORD_CHASE, new RecordReviewChaseListener());
    Mocks.register(OversightReviewProcess.Beans.DETERMINE_OUTCOME, new DetermineReviewOutcomeDelegate(decisions));
    Mocks.register(OversightReviewProcess.Beans.APPEND_TO_DECISION_LOG, new AppendReviewDecisionsListener());
  }
}
