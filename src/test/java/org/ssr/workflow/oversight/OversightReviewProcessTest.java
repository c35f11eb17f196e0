package org.ssr.workflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.ssr.workflow.oversight.OversightReviewProcess.Elements.*;
import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssr.workflow.decision.DecisionEntry;
import org.ssr.workflow.decision.InMemoryDecisionRecord;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.support.ProcessTestCoverage;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * Every path of oversight-review.bpmn on the in-memory engine, with the real services behind its beans. Deployed as
 * Spring Boot deploys it (resources named by file name), so the embedded form key resolves as in production.
 */
class OversightReviewProcessTest {
  /** Before issue 17: 23 (an empty reviewChaseLog was written at the start). */
  private static final int VARIABLES_OF_AN_APPROVED_REVIEW = 22;


  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION)
      .assertClassCoverageAtLeast(0.95)
      .reportDirectory(ProcessTestCoverage.reportDirectory())
      .build();

  private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
  private static final String PARLIAMENT = "parliamentOversight";
  private static final String JUSTICE = "justiceOversight";
  private static final String CIVIL_SOCIETY = "civilSocietyMonitor";

  ProcessEngine engine;
  private String deploymentId;

  @BeforeEach
  void setUp() {
    init(engine);
    deploymentId = SpringBootLikeDeployment.deploy(engine, OversightReviewProcess.RESOURCE,
        OversightReviewProcess.DECISION_FORM_RESOURCE, OversightReviewProcess.CHASE_FORM_RESOURCE);
    OversightReviewTestBeans.register();
    ClockUtil.setCurrentTime(Date.from(START));
  }

  @AfterEach
  void tearDown() {
    SpringBootLikeDeployment.undeployAndReset(engine, deploymentId);
  }

  @Test
  void allBodiesApprove_reviewApproved() {
    ProcessInstance pi = startReview(PARLIAMENT, JUSTICE);

    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW_TASK);
    assertThat(reviewTasks(pi)).hasSize(2);
    Task parliamentTask = reviewTask(pi, PARLIAMENT);
    assertThat(parliamentTask.getName()).isEqualTo(
        "Parliament (defence and security committee): review \"National Security Policy 2027\" (version 2)");
    assertThat(parliamentTask.getDueDate()).isEqualTo(Date.from(START.plus(Duration.ofDays(21))));
    assertThat(candidateGroups(parliamentTask)).containsExactly(PARLIAMENT);
    assertThat(engine.getFormService().getTaskFormKey(parliamentTask.getProcessDefinitionId(), REVIEW_TASK))
        .isEqualTo("embedded:deployment:review-decision.html");
    assertThat(deployedForm(parliamentTask)).contains("cam-file-download=\"reviewDocument\"");

    decide(pi, PARLIAMENT, "parliament", "approved", null);
    BpmnAwareTests.assertThat(pi).isWaitingAt(REVIEW_TASK);
    decide(pi, JUSTICE, "justice", "approved", "Conforms to the constitution.");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(APPROVED);
    assertThat(outcome(pi)).isEqualTo("approved");
    assertThat(decisions(pi)).extracting(ReviewDecisionRecord::decision).containsExactly("approved", "approved");
  }

  @Test
  void oneBodyReturns_reviewReturned() {
    ProcessInstance pi = startReview(PARLIAMENT, JUSTICE);

    decide(pi, PARLIAMENT, "parliament", "approved", null);
    decide(pi, JUSTICE, "justice", "returned", "Section 4 lacks civilian control of the intelligence services.");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(RETURNED);
    assertThat(outcome(pi)).isEqualTo("returned");
  }

  @Test
  void oneBodyRejects_reviewRejected() {
    ProcessInstance pi = startReview(PARLIAMENT, JUSTICE);

    decide(pi, JUSTICE, "justice", "approved", null);
    decide(pi, PARLIAMENT, "parliament", "rejected", "Not based on the national dialog.");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(REJECTED);
    assertThat(outcome(pi)).isEqualTo("rejected");
  }

  @Test
  void mixedDecisions_rejectionOutweighsReturnAndApproval() {
    ProcessInstance pi = startReview(PARLIAMENT, JUSTICE, CIVIL_SOCIETY);
    assertThat(reviewTasks(pi)).hasSize(3);

    decide(pi, CIVIL_SOCIETY, "monitor", "returned", "Communities were not consulted in the north.");
    decide(pi, PARLIAMENT, "parliament", "approved", null);
    decide(pi, JUSTICE, "justice", "rejected", "Violates the separation of powers.");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(REJECTED);
    assertThat(decisions(pi)).extracting(ReviewDecisionRecord::group, ReviewDecisionRecord::decision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(CIVIL_SOCIETY, "returned"),
            org.assertj.core.groups.Tuple.tuple(PARLIAMENT, "approved"),
            org.assertj.core.groups.Tuple.tuple(JUSTICE, "rejected"));
  }

  @Test
  void returnOrRejectionWithoutReasons_isRefused() {
    ProcessInstance pi = startReview(PARLIAMENT, JUSTICE);

    assertThatThrownBy(() -> decide(pi, PARLIAMENT, "parliament", "returned", null))
        .hasMessageContaining("Reasons are required when the review is returned");
    assertThatThrownBy(() -> decide(pi, PARLIAMENT, "parliament", "rejected", "   "))
        .hasMessageContaining("Reasons are required when the review is rejected");
    assertThatThrownBy(() -> decide(pi, PARLIAMENT, "parliament", null, "no decision"))
        .hasMessageContaining("Choose a decision");
    assertThatThrownBy(() -> decide(pi, PARLIAMENT, "parliament", "maybe", "unsure"))
        .hasMessageContaining("not 'maybe'");

    // nothing was recorded and the review still waits for both bodies
    assertThat(reviewTasks(pi)).hasSize(2);
    assertThat(currentDecisions(pi)).isEmpty();

    decide(pi, PARLIAMENT, "parliament", "returned", "Add a budget annex.");
    assertThat(currentDecisions(pi)).hasSize(1);
  }

  @Test
  void everyBodysDecision_isAppendedToTheProgrammesDecisionRecord_onceAndChained() {
    InMemoryDecisionRecord record = InMemoryDecisionRecord.create();
    OversightReviewTestBeans.register(record);
    ProcessInstance pi = startReview(PARLIAMENT, JUSTICE, CIVIL_SOCIETY);

    // a refused decision rolls back and records nothing
    assertThatThrownBy(() -> decide(pi, PARLIAMENT, "parliament", "returned", null))
        .hasMessageContaining("Reasons are required");
    assertThat(record.record().entries("SSR-TEST")).isEmpty();

    decide(pi, CIVIL_SOCIETY, "monitor", "returned", "Communities were not consulted in the north.");
    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofHours(1))));
    decide(pi, PARLIAMENT, "parliament", "approved", null);
    decide(pi, JUSTICE, "justice", "rejected", "Violates the separation of powers.");

    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(REJECTED);
    assertThat(record.published()).hasSize(3);
    List<DecisionEntry> entries = record.record().entries("SSR-TEST");
    assertThat(entries).extracting(e -> e.sequence() + " " + e.kind() + " " + e.party() + " " + e.actor() + " "
            + e.outcome())
        .containsExactly("1 OVERSIGHT_REVIEW civilSocietyMonitor monitor returned",
            "2 OVERSIGHT_REVIEW parliamentOversight parliament approved",
            "3 OVERSIGHT_REVIEW justiceOversight justice rejected");
    assertThat(entries).allSatisfy(e -> {
      assertThat(e.subject()).isEqualTo("NSP: National Security Policy 2027, version 2");
      assertThat(e.processInstanceId()).isEqualTo(pi.getId());
    });
    assertThat(entries.get(0).reason()).isEqualTo("Communities were not consulted in the north.");
    assertThat(entries.get(0).occurredAt()).isEqualTo(START);
    assertThat(entries.get(1).occurredAt()).isEqualTo(START.plus(Duration.ofHours(1)));
    assertThat(entries.get(1).reason()).isEmpty();
    assertThat(record.record().checked("SSR-TEST").chain().intact()).isTrue();
  }

  @Test
  void oneBodysDecisionIsNotTakenForAnothers() {
    ProcessInstance pi = startReview(PARLIAMENT, JUSTICE);
    decide(pi, PARLIAMENT, "parliament", "approved", null);

    // a REST user submitting no decision for justice must not inherit parliament's "approved"
    assertThatThrownBy(() -> decide(pi, JUSTICE, "justice", null, null)).hasMessageContaining("Choose a decision");
    assertThat(runtimeVariable(pi, DECISION.name())).isNull();
  }

  @Test
  void decisionWithoutKnownUser_isRefused() {
    ProcessInstance pi = startReview(PARLIAMENT);
    Task task = reviewTask(pi, PARLIAMENT);

    assertThatThrownBy(() -> engine.getTaskService().complete(task.getId(), Map.of(DECISION.name(), "approved")))
        .hasMessageContaining("Who decided is unknown");
  }

  @Test
  void decisionsRecordWhoWhichBodyWhenWhatWhy() {
    ProcessInstance pi = startReview(PARLIAMENT, CIVIL_SOCIETY);

    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(3))));
    decide(pi, PARLIAMENT, "parliament", "approved", null);
    // assignee only, no authenticated user: the assignee is recorded
    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(5))));
    Task task = reviewTask(pi, CIVIL_SOCIETY);
    engine.getTaskService().claim(task.getId(), "monitor");
    engine.getTaskService().complete(task.getId(),
        Map.of(DECISION.name(), "returned", REASONS.name(), "  Youth groups were not heard.  "));

    assertThat(decisions(pi)).containsExactly(
        new ReviewDecisionRecord("NSP", "National Security Policy 2027", 2, PARLIAMENT, "parliament", "approved", null,
            START.plus(Duration.ofDays(3)).toString()),
        new ReviewDecisionRecord("NSP", "National Security Policy 2027", 2, CIVIL_SOCIETY, "monitor", "returned",
            "Youth groups were not heard.", START.plus(Duration.ofDays(5)).toString()));
  }

  @Test
  void deadlinePassed_programmeManagersChaseTheBody_reviewStaysOpen() {
    ProcessInstance pi = startReview(PARLIAMENT, JUSTICE);
    decide(pi, JUSTICE, "justice", "approved", null);

    Job deadline = timer(pi, DEADLINE_TIMER);
    assertThat(deadline.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(21))));
    ClockUtil.setCurrentTime(deadline.getDuedate());
    engine.getManagementService().executeJob(deadline.getId());

    Task chase = singleTask(pi, CHASE_OVERDUE_REVIEW);
    assertThat(chase.getName())
        .isEqualTo("Chase overdue review: Parliament (defence and security committee) — "
            + "National Security Policy 2027");
    assertThat(candidateGroups(chase)).containsExactly(OversightReviewProcess.PROGRAMME_MANAGERS);
    assertThat(engine.getFormService().getTaskFormData(chase.getId()).getCamundaFormRef().getKey())
        .isEqualTo(OversightReviewProcess.CHASE_FORM_ID);
    assertThat(deployedForm(chase)).contains("\"key\": \"chaseNote\"");
    assertThat(reviewTask(pi, PARLIAMENT)).as("the review stays with the body").isNotNull();

    engine.getTaskService().claim(chase.getId(), "manager");
    assertThatThrownBy(() -> engine.getTaskService().complete(chase.getId(), Map.of(CHASE_NOTE.name(), " ")))
        .hasMessageContaining("Record what you did");
    ClockUtil.setCurrentTime(Date.from(START.plus(Duration.ofDays(22))));
    engine.getTaskService().complete(chase.getId(), Map.of(CHASE_NOTE.name(), "Called the committee clerk."));
    BpmnAwareTests.assertThat(pi).hasPassed(CHASE_RECORDED).isWaitingAt(REVIEW_TASK);
    assertThat(Conversions.json(runtimeVariable(pi, REVIEW_CHASE_LOG.name()))).isEqualTo(
        "[{\"group\":\"parliamentOversight\",\"kind\":\"chase\",\"userId\":\"manager\","
            + "\"note\":\"Called the committee clerk.\",\"recordedAt\":\"2026-03-24T09:00:00Z\"}]");
    assertThat(currentDecisions(pi)).as("a chase decides nothing").extracting(ReviewDecisionRecord::group)
        .containsExactly(JUSTICE);

    decide(pi, PARLIAMENT, "parliament", "approved", null);
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(APPROVED);
  }

  @Test
  void stillOverdueAfterEscalationDelay_escalatedToProgrammeManagers() {
    ProcessInstance pi = startReview(PARLIAMENT);

    engine.getManagementService().executeJob(timer(pi, DEADLINE_TIMER).getId());
    Job escalation = timer(pi, ESCALATION_TIMER);
    assertThat(escalation.getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(21 + 7))));
    engine.getManagementService().executeJob(escalation.getId());

    Task escalated = singleTask(pi, ESCALATE_OVERDUE_REVIEW);
    assertThat(escalated.getName()).isEqualTo(
        "Escalation: review still overdue: Parliament (defence and security committee) — "
            + "National Security Policy 2027");
    assertThat(escalated.getPriority()).isEqualTo(80);
    assertThat(candidateGroups(escalated)).containsExactly(OversightReviewProcess.PROGRAMME_MANAGERS);
    engine.getIdentityService().setAuthenticatedUserId("manager");
    engine.getTaskService().complete(escalated.getId(), Map.of(CHASE_NOTE.name(), "Raised at the steering committee."));
    engine.getIdentityService().clearAuthentication();
    BpmnAwareTests.assertThat(pi).hasPassed(ESCALATION_RECORDED);
    assertThat(Conversions.json(runtimeVariable(pi, REVIEW_CHASE_LOG.name())))
        .contains("\"kind\":\"escalation\",\"userId\":\"manager\",\"note\":\"Raised at the steering committee.\"");

    // the body decides while the chase is still open: the chase is withdrawn
    assertThat(singleTask(pi, CHASE_OVERDUE_REVIEW)).isNotNull();
    decide(pi, PARLIAMENT, "parliament", "returned", "Late, but: revise section 2.");
    BpmnAwareTests.assertThat(pi).isEnded().hasPassed(BODY_DECIDED, RETURNED);
  }

  @Test
  void callerSuppliesDeadlineAndEscalationDelay() {
    Map<String, Object> variables = reviewVariables(List.of(PARLIAMENT));
    variables.put(REVIEW_DEADLINE.name(), "P10D");
    variables.put(REVIEW_ESCALATION_DELAY.name(), "PT48H");
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(OversightReviewProcess.KEY, variables);

    assertThat(timer(pi, DEADLINE_TIMER).getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(10))));
    assertThat(timer(pi, ESCALATION_TIMER).getDuedate()).isEqualTo(Date.from(START.plus(Duration.ofDays(12))));
  }

  @Test
  void reviewGroupsMayArriveAsJsonFromTasklist() {
    Map<String, Object> variables = reviewVariables(List.of());
    variables.put(REVIEW_GROUPS.name(), Spin.JSON("[\"parliamentOversight\",\"justiceOversight\"]"));
    ProcessInstance pi = engine.getRuntimeService().startProcessInstanceByKey(OversightReviewProcess.KEY, variables);

    assertThat(reviewTasks(pi)).hasSize(2);
    assertThat(runtimeVariable(pi, REVIEW_GROUPS.name())).isEqualTo(List.of(PARLIAMENT, JUSTICE));
  }

  @Test
  void reviewWithoutReviewingBodies_isRefusedAtStart() {
    assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(
        OversightReviewProcess.KEY, reviewVariables(List.of())))
        .isInstanceOf(InvalidReviewRequestException.class)
        .hasMessageContaining("reviewGroups is required");
  }

  // --- helpers

  /** Issue 17's diet: one body approving leaves the contract, the schedule and the decision, no empty chase log. */
  @Test
  void aReviewKeepsItsContractScheduleAndDecisions_andNoEmptyChaseLog() {
    ProcessInstance pi = startReview(PARLIAMENT);
    decide(pi, PARLIAMENT, "parliament", "approved", null);

    List<String> names = engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(pi.getId()).list().stream()
        .map(org.camunda.bpm.engine.history.HistoricVariableInstance::getName).sorted().toList();
    assertThat(names).doesNotContain("reviewChaseLog")
        .hasSize(VARIABLES_OF_AN_APPROVED_REVIEW);
  }

  private ProcessInstance startReview(String... groups) {
    return engine.getRuntimeService()
        .startProcessInstanceByKey(OversightReviewProcess.KEY, "SSR-TEST", reviewVariables(List.of(groups)));
  }

  private static Map<String, Object> reviewVariables(List<String> groups) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(PROGRAMME_CODE.name(), "SSR-TEST");
    variables.put(PROGRAMME_TERM.name(), "Security Sector Reform");
    variables.put(REVIEW_KIND.name(), "NSP");
    variables.put(REVIEW_SUBJECT.name(), "National Security Policy 2027");
    variables.put(REVIEW_VERSION.name(), 2);
    variables.put(REVIEW_DOCUMENT.name(), Variables.fileValue("nsp-2027-v2.pdf")
        .file("%PDF-1.4 draft".getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create());
    variables.put(REVIEW_GROUPS.name(), groups);
    return variables;
  }

  /** Decides as Tasklist does: claim, then submit the form as the authenticated user. */
  private void decide(ProcessInstance pi, String group, String user, String decision, String reasons) {
    Task task = reviewTask(pi, group);
    engine.getTaskService().claim(task.getId(), user);
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      Map<String, Object> submitted = new HashMap<>();
      submitted.put(DECISION.name(), decision);
      if (reasons != null) {
        submitted.put(REASONS.name(), reasons);
      }
      engine.getFormService().submitTaskForm(task.getId(), submitted);
    } finally {
      engine.getIdentityService().clearAuthentication();
      // a refused decision leaves the task open: give it back for the next attempt
      if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 1) {
        engine.getTaskService().setAssignee(task.getId(), null);
      }
    }
  }

  private List<Task> reviewTasks(ProcessInstance pi) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(REVIEW_TASK).list();
  }

  private Task reviewTask(ProcessInstance pi, String group) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(REVIEW_TASK).taskCandidateGroup(group).singleResult();
  }

  private Task singleTask(ProcessInstance pi, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private List<String> candidateGroups(Task task) {
    return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> "candidate".equals(link.getType())).map(IdentityLink::getGroupId).toList();
  }

  private Job timer(ProcessInstance pi, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).timers()
        .activityId(activityId).singleResult();
  }

  private String deployedForm(Task task) {
    try (var form = engine.getFormService().getDeployedTaskForm(task.getId())) {
      return new String(form.readAllBytes(), StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private Object runtimeVariable(ProcessInstance pi, String name) {
    return engine.getRuntimeService().getVariable(pi.getId(), name);
  }

  private List<ReviewDecisionRecord> currentDecisions(ProcessInstance pi) {
    return DecisionLog.read(Conversions.json(runtimeVariable(pi, REVIEW_DECISIONS.name())));
  }

  private Object historicValue(ProcessInstance pi, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(pi.getId())
        .variableName(name).singleResult().getValue();
  }

  private String outcome(ProcessInstance pi) {
    return (String) historicValue(pi, REVIEW_OUTCOME.name());
  }

  private List<ReviewDecisionRecord> decisions(ProcessInstance pi) {
    return DecisionLog.read(Conversions.json(historicValue(pi, REVIEW_DECISIONS.name())));
  }
}
