package org.ssr.workflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssr.workflow.decision.InMemoryDecisionRecord;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.support.ProcessTestCoverage;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * The call-activity contract as ssr-programme uses it: variables in, reviewOutcome and reviewDecisions out, each
 * body's decision in the programme's decision record. The caller here is shaped like a model version deployed before
 * the record was the only place decisions are kept: its call activity still ends with {@code
 * ${appendReviewDecisionsToDecisionLog}}, which must resolve (programmes run on such versions) and copy nothing.
 */
class OversightReviewCallActivityTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION)
      .reportDirectory(ProcessTestCoverage.reportDirectory()).build();

  private static final String CALLER = "oversight-review-caller";

  ProcessEngine engine;
  private String reviewDeployment;
  private String callerDeployment;
  private InMemoryDecisionRecord decisionRecord;

  @BeforeEach
  void setUp() {
    init(engine);
    decisionRecord = InMemoryDecisionRecord.create();
    OversightReviewTestBeans.register(decisionRecord);
    reviewDeployment = SpringBootLikeDeployment.deploy(engine, OversightReviewProcess.RESOURCE,
        OversightReviewProcess.DECISION_FORM_RESOURCE, OversightReviewProcess.CHASE_FORM_RESOURCE);
    BpmnModelInstance caller = Bpmn.createExecutableProcess(CALLER)
        .camundaHistoryTimeToLive(1)
        .startEvent("StartEvent_Caller")
        .callActivity("CallActivity_OversightReview").calledElement(OversightReviewProcess.KEY)
        .camundaIn(PROGRAMME_CODE.name(), PROGRAMME_CODE.name())
        .camundaIn(PROGRAMME_TERM.name(), PROGRAMME_TERM.name())
        .camundaIn(REVIEW_KIND.name(), REVIEW_KIND.name())
        .camundaIn(REVIEW_SUBJECT.name(), REVIEW_SUBJECT.name())
        .camundaIn(REVIEW_VERSION.name(), REVIEW_VERSION.name())
        .camundaIn(REVIEW_DOCUMENT.name(), REVIEW_DOCUMENT.name())
        .camundaIn(REVIEW_GROUPS.name(), REVIEW_GROUPS.name())
        .camundaIn(REVIEW_DEADLINE.name(), REVIEW_DEADLINE.name())
        .camundaOut(REVIEW_OUTCOME.name(), REVIEW_OUTCOME.name())
        .camundaOut(REVIEW_DECISIONS.name(), REVIEW_DECISIONS.name())
        .camundaExecutionListenerDelegateExpression("end", "${appendReviewDecisionsToDecisionLog}")
        .userTask("UserTask_AfterReview")
        .endEvent("EndEvent_Caller")
        .done();
    callerDeployment = engine.getRepositoryService().createDeployment()
        .addModelInstance(CALLER + ".bpmn", caller).deploy().getId();
  }

  @AfterEach
  void tearDown() {
    Mocks.reset();
    SpringBootLikeDeployment.undeploy(engine, callerDeployment);
    SpringBootLikeDeployment.undeploy(engine, reviewDeployment);
  }

  @Test
  void outcomeAndDecisionsComeBack_theDecisionIsInTheRecord_andAnOldCallersDecisionLogIsLeftAlone() {
    ProcessInstance programme = engine.getRuntimeService().startProcessInstanceByKey(CALLER, "SSR-CALLER",
        Variables.createVariables()
            .putValue(PROGRAMME_CODE.name(), "SSR-CALLER")
            .putValue(PROGRAMME_TERM.name(), "Security Sector Transformation")
            .putValue(REVIEW_KIND.name(), "FINANCIAL_PLAN")
            .putValue(REVIEW_SUBJECT.name(), "Financial feasibility plan")
            .putValue(REVIEW_VERSION.name(), 3)
            .putValue(REVIEW_DOCUMENT.name(), Variables.fileValue("financial-plan-summary-v3.xlsx")
                .file("xlsx".getBytes(StandardCharsets.UTF_8)).create())
            .putValue(REVIEW_GROUPS.name(), List.of("parliamentOversight"))
            .putValue(REVIEW_DEADLINE.name(), "P14D")
            .putValue("decisionLog", SpinValues.jsonValue("[{\"kind\":\"SCOPING\",\"step\":3}]").create()));

    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(programme.getId()).singleResult();
    FileValue document = engine.getRuntimeService().getVariableTyped(review.getId(), REVIEW_DOCUMENT.name());
    assertThat(document.getFilename()).isEqualTo("financial-plan-summary-v3.xlsx");
    assertThat(engine.getRuntimeService().getVariable(review.getId(), REVIEW_DEADLINE.name())).isEqualTo("P14D");

    Task task = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).singleResult();
    engine.getTaskService().claim(task.getId(), "parliament");
    engine.getTaskService().complete(task.getId(),
        Map.of(DECISION.name(), "returned", REASONS.name(), "The national share is not shown."));

    BpmnAwareTests.assertThat(programme).isWaitingAt("UserTask_AfterReview");
    assertThat(engine.getRuntimeService().getVariable(programme.getId(), REVIEW_OUTCOME.name())).isEqualTo("returned");
    assertThat(DecisionLog.read(REVIEW_DECISIONS.from(engine.getRuntimeService().getVariables(programme.getId()))
        .get())).singleElement().satisfies(decision -> assertThat(decision.decision()).isEqualTo("returned"));
    assertThat(decisionRecord.record().entries("SSR-CALLER")).singleElement().satisfies(decision -> {
      assertThat(decision.kind()).isEqualTo("OVERSIGHT_REVIEW");
      assertThat(decision.subject()).isEqualTo("FINANCIAL_PLAN: Financial feasibility plan, version 3");
      assertThat(decision.party()).isEqualTo("parliamentOversight");
      assertThat(decision.actor()).isEqualTo("parliament");
      assertThat(decision.reason()).isEqualTo("The national share is not shown.");
    });
    // the old listener copies nothing: what an old programme had stays as it was, for the carry-over to move
    assertThat(Conversions.json(engine.getRuntimeService().getVariable(programme.getId(), "decisionLog")))
        .isEqualTo("[{\"kind\":\"SCOPING\",\"step\":3}]");
  }
}
