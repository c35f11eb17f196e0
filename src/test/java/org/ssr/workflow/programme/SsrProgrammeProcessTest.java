package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.ssr.workflow.programme.ProgrammeDriver.file;
import static org.ssr.workflow.programme.ProgrammeDriver.json;
import static org.ssr.workflow.programme.ProgrammeProcess.Elements.*;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.programme.ProgrammeProcess.Beans;
import org.ssr.workflow.programme.ProgrammeProcess.Messages;
import org.ssr.workflow.support.ProcessTestCoverage;
import org.ssr.workflow.support.SpringBootLikeDeployment;
import org.ssr.workflow.implementation.ChangeRequestProcess;
import org.ssr.workflow.implementation.CheckChangeRequestDelegate;
import org.ssr.workflow.implementation.SendChangeRequestDelegate;

/**
 * Every gateway outcome and loop of ssr-programme.bpmn on the in-memory engine: the real programme delegates and
 * services, the real oversight-review model, a stub of risk-handling, mocks for the finance beans of step 10.
 */
class SsrProgrammeProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION)
      .excludeProcessDefinitionKeys(OversightReviewProcess.KEY, "risk-handling", ChangeRequestProcess.KEY)
      .assertClassCoverageAtLeast(0.95)
      .reportDirectory(ProcessTestCoverage.reportDirectory())
      .build();

  ProcessEngine engine;
  private String deploymentId;
  private ProgrammeDriver driver;
  private final AtomicInteger planVersion = new AtomicInteger();
  /** Plan versions the model marked as approved (financialPlanApprovedListener on the "approved" flow). */
  private final List<Object> approvedPlanVersions = new java.util.ArrayList<>();

  @BeforeEach
  void setUp() {
    init(engine);
    deploymentId = SpringBootLikeDeployment.deploy(engine, ProgrammeProcess.RESOURCE, OversightReviewProcess.RESOURCE,
        "bpmn-stubs/risk-handling-stub.bpmn", ChangeRequestProcess.RESOURCE, "forms/programme-change-request.form");
    Mocks.register(ChangeRequestProcess.Beans.CHECK, new CheckChangeRequestDelegate());
    Mocks.register(ChangeRequestProcess.Beans.SEND, new SendChangeRequestDelegate());
    // the reviews' decisions go to the record the programme's summary counts from
    OversightReviewTestBeans.register(ProgrammeTestBeans.decisions());
    ProgrammeTestBeans.register();
    registerFinanceMocks();
    driver = new ProgrammeDriver(engine);
  }

  /** Step 10's beans belong to the finance feature; here they only honour the contract. */
  private void registerFinanceMocks() {
    Mocks.register(Beans.DONOR_PLEDGES, (TaskListener) task -> { });
    Mocks.register(Beans.PREPARE_FINANCIAL_PLAN_TEMPLATE,
        (JavaDelegate) execution -> execution.setVariable("financialPlanTemplate", file("template.xlsx")));
    Mocks.register(Beans.IMPORT_FINANCIAL_PLAN, (JavaDelegate) execution -> {
      FileValue upload = execution.getVariableTyped("financialPlanFile");
      if (upload.getFilename().startsWith("bad")) {
        execution.setVariable("financialPlanErrors", "Sheet Plan, cell C4: not a number");
        throw new BpmnError(ProgrammeProcess.Errors.FINANCIAL_PLAN_INVALID, "The plan has errors");
      }
      execution.setVariable("financialPlanVersion", planVersion.incrementAndGet());
      execution.setVariable("financialPlanSummary", file("plan-summary.xlsx"));
    });
    Mocks.register(Beans.FINANCIAL_PLAN_APPROVED, (org.camunda.bpm.engine.delegate.ExecutionListener)
        execution -> approvedPlanVersions.add(execution.getVariable("financialPlanVersion")));
  }

  @AfterEach
  void tearDown() {
    SpringBootLikeDeployment.undeployAndReset(engine, deploymentId);
  }

  // ---------------------------------------------------------------- start

  @Test
  void startForm_setsTheBusinessKeyFromTheProgrammeCode() {
    ProcessInstance pi = driver.start(ProgrammeDriver.startForm("ssr-zw-2026"));

    assertThat(pi.getBusinessKey()).isEqualTo("SSR-ZW-2026");
    BpmnAwareTests.assertThat(pi).isWaitingAt(RECORD_DIALOG_SESSION);
    Map<String, Object> vars = engine.getRuntimeService().getVariables(pi.getId());
    assertThat(vars.get("institutions")).isEqualTo(List.of("defence", "police"));
    assertThat(vars.get("regions")).isEqualTo(List.of("North", "South"));
    assertThat(vars.get("donors")).isEqualTo(List.of("European Union", "Switzerland"));
    assertThat(vars.get("oversightBodies")).isEqualTo(Map.of(
        "defence", List.of("parliamentOversight"), "police", List.of("parliamentOversight", "justiceOversight")));
    assertThat(vars.get("programmeTerm")).isEqualTo("Security Sector Transformation");
    assertThat(vars.get("transformationOnHold")).isEqualTo(false);
    assertThat((String) vars.get("missingSegmentsText"))
        .isEqualTo("Not heard yet: Youth, Women's groups, Religious leaders.");
  }

  @Test
  void reviewers_computedWhereEachReviewIsCalled_fromTheOversightBodiesOfTheStartForm() {
    driver.start();
    // a programme without an oversight charter (started before step 11 recorded one): today's rule
    driver.driveUntil(RECORD_OVERSIGHT_CHARTER);
    driver.complete(RECORD_OVERSIGHT_CHARTER);
    engine.getRuntimeService().removeVariable(driver.programme.getId(), "oversightCharters");
    driver.driveToEnd();

    Map<String, Object> groupsByReview = new java.util.TreeMap<>();
    for (HistoricProcessInstance review : engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(OversightReviewProcess.KEY).processInstanceBusinessKey(ProgrammeDriver.CODE).list()) {
      Map<String, Object> vars = new java.util.HashMap<>();
      engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(review.getId()).list()
          .forEach(v -> vars.put(v.getName(), v.getValue()));
      groupsByReview.put(vars.get("reviewKind") + (vars.get("reviewInstitution") == null ? ""
          : "/" + vars.get("reviewInstitution")), vars.get(OversightReviewProcess.Variables.REVIEW_GROUPS.name()));
    }
    assertThat(groupsByReview).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
        "AGENCY_FRAMEWORK/defence", List.of("parliamentOversight"),
        "AGENCY_FRAMEWORK/police", List.of("parliamentOversight", "justiceOversight"),
        "FINANCIAL_PLAN", List.of("parliamentOversight"),
        "GOVERNANCE_STRUCTURES", List.of("parliamentOversight", "civilSocietyMonitor"),
        "NSP", List.of("parliamentOversight"))));
    // no per-document copies on the programme
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(driver.programme.getId()).variableNameLike("%ReviewGroups").count()).isZero();
  }

  @Test
  void startForm_refusesACodeAlreadyUsed_evenByAFinishedProgramme() {
    ProcessInstance first = driver.start();
    engine.getRuntimeService().deleteProcessInstance(first.getId(), "finished for the test");

    assertThatThrownBy(() -> new ProgrammeDriver(engine).start(ProgrammeDriver.startForm(ProgrammeDriver.CODE)))
        .hasMessageContaining("Programme code SSR-TEST-01 is already used by another programme");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isZero();
  }

  // ---------------------------------------------------------------- step 1

  @Test
  void dialog_segmentsMissing_loopUntilEverySegmentIsHeard() {
    driver.start();
    Map<String, Object> session = driver.formValues(driver.task(RECORD_DIALOG_SESSION));
    session.put("segmentsPresent", json("[\"youth\"]"));
    driver.complete(RECORD_DIALOG_SESSION, session);

    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(RECORD_DIALOG_SESSION);
    assertThat(variable("missingSegmentsText")).isEqualTo("Not heard yet: Women's groups, Religious leaders.");
    assertThat(variable("segmentsPresent")).isNull();

    session.put("segmentsPresent", json("[\"womensGroups\",\"religiousLeaders\"]"));
    driver.complete(RECORD_DIALOG_SESSION, session);

    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(DECLARE_CONSENSUS);
    assertThat(variable("allSegmentsHeard")).isEqualTo(true);
    // the dialog round is the number of sessions recorded
    assertThat((List<?>) variable("dialogSessions")).hasSize(2);
    // consensus not yet: another session, then consensus
    driver.complete(DECLARE_CONSENSUS, Map.of("consensusDecision", "anotherSession"));
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(RECORD_DIALOG_SESSION);
    driver.complete(RECORD_DIALOG_SESSION);
    driver.complete(DECLARE_CONSENSUS);
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(REGIONAL_CONSULTATION);
  }

  @Test
  void dialog_mediatedSessionOnRequest_fromASessionAndFromTheConsensusDeclaration() {
    driver.start();
    Map<String, Object> session = driver.formValues(driver.task(RECORD_DIALOG_SESSION));
    session.put("segmentsPresent", json("[\"youth\"]"));
    session.put("requestMediation", true);
    driver.complete(RECORD_DIALOG_SESSION, session);

    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(FACILITATE_DIALOG_SESSION);
    assertThat(engine.getTaskService().getIdentityLinksForTask(driver.task(FACILITATE_DIALOG_SESSION).getId()))
        .extracting(link -> link.getGroupId()).containsExactly("facilitators");
    driver.complete(FACILITATE_DIALOG_SESSION);
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(DECLARE_CONSENSUS);

    driver.complete(DECLARE_CONSENSUS, Map.of("consensusDecision", "mediation"));
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(FACILITATE_DIALOG_SESSION);
    driver.complete(FACILITATE_DIALOG_SESSION);
    driver.complete(DECLARE_CONSENSUS);
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(REGIONAL_CONSULTATION);
    assertThat((List<?>) variable("dialogSessions")).hasSize(3);
  }

  // ---------------------------------------------------------------- step 2 and scoping

  @Test
  void needsAssessment_oneConsultationPerRegion_consolidationSeesEveryRegion() {
    driver.start();
    driver.driveUntil(REGIONAL_CONSULTATION);
    List<org.camunda.bpm.engine.task.Task> consultations = engine.getTaskService().createTaskQuery()
        .processInstanceId(driver.programme.getId()).taskDefinitionKey(REGIONAL_CONSULTATION).list();
    assertThat(consultations).hasSize(2);
    Map<String, Object> north = driver.formValues(consultations.get(0));
    north.put("regionalPriorities", "Priorities of region one");
    engine.getFormService().submitTaskForm(consultations.get(0).getId(), north);
    Map<String, Object> south = driver.formValues(consultations.get(1));
    south.put("regionalPriorities", "Priorities of region two");
    engine.getFormService().submitTaskForm(consultations.get(1).getId(), south);

    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(CONSOLIDATE_NEEDS_ASSESSMENT);
    assertThat((String) variable("regionalInputsSummary"))
        .contains("Region: North", "Region: South", "Priorities of region one", "Priorities of region two");
  }

  @Test
  void scoping_aSkippedStepWithoutJustificationIsRefused() {
    driver.start();
    driver.driveUntil(SCOPE_PROGRAMME);
    Map<String, Object> scope = driver.formValues(driver.task(SCOPE_PROGRAMME));
    scope.put("applyStep5", false);
    scope.put("applyStep8", false);
    scope.put("justificationStep8", "  ");

    assertThatThrownBy(() -> driver.complete(SCOPE_PROGRAMME, scope))
        .hasMessageContaining("Write why these steps do not apply: step 5 (Strategic analysis), step 8 (Gap analysis)");
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(SCOPE_PROGRAMME);
  }

  @ParameterizedTest(name = "step {0} skipped with its justification")
  @ValueSource(ints = {3, 4, 5, 6, 7, 8, 9, 10})
  void eachOptionalStepCanBeSkippedWithAJustification(int step) {
    driver.skippedSteps.put(step, "Not needed here: reason for step " + step);
    driver.start();
    driver.driveToEnd();

    assertThat(passed(ProgrammeProcess.Elements.stepSkippedFlow(step))).isTrue();
    assertThat(passed(taskOfStep(step))).isFalse();
    assertThat((String) historicVariable("programmeSummary"))
        .contains("Step " + step + " (" + ProgrammeStep.number(step).title() + ") did not apply: Not needed here");
    assertThat((List<?>) historicVariable("skippedSteps")).hasSize(1);
  }

  @Test
  void everyOptionalStepSkipped_onlyTheSteps1_2_11And12Run() {
    for (int step = 3; step <= 10; step++) {
      driver.skippedSteps.put(step, "Out of context " + step);
    }
    driver.start();
    driver.driveToEnd();

    assertThat(passed(DEVELOP_GOVERNANCE_STRUCTURES)).isTrue();
    assertThat(passed(REVIEW_NSP)).isFalse();
    assertThat((List<?>) historicVariable("skippedSteps")).hasSize(8);
    assertThat(historicVariable("programmeStatus")).isEqualTo(ProgrammeSummary.READY_FOR_IMPLEMENTATION);
  }

  // ---------------------------------------------------------------- happy path

  @Test
  void happyPath_everyStepApplies_programmeReadyForImplementation() {
    driver.start();
    driver.driveToEnd();

    BpmnAwareTests.assertThat(driver.programme).hasPassed(
        CONTAIN_SHORT_TERM_THREATS, ESTABLISH_STRUCTURES, STRATEGIC_ANALYSIS, DRAFT_NSP, VALIDATE_NSP, REVIEW_NSP,
        DRAFT_AGENCY_FRAMEWORK, VALIDATE_AGENCY_FRAMEWORK, REVIEW_AGENCY_FRAMEWORK, RECORD_OVERSIGHT_CHARTER, GAP_ANALYSIS, DRAFT_TRANSFORMATION_STRATEGY,
        RECORD_DONOR_PLEDGES, UPLOAD_FINANCIAL_PLAN, REVIEW_FINANCIAL_PLAN, DEVELOP_GOVERNANCE_STRUCTURES,
        REVIEW_GOVERNANCE_STRUCTURES, OVERSIGHT_IN_PLACE, WRITE_PROGRAMME_SUMMARY, END_READY).isEnded();
    assertThat(historicVariable("programmeStatus")).isEqualTo(ProgrammeSummary.READY_FOR_IMPLEMENTATION);
    // governance (2 bodies), NSP, defence, police (parliament and justice), financial plan
    String summary = (String) historicVariable("programmeSummary");
    assertThat(summary).contains("SSR-TEST-01", "Decisions recorded: 7 (7 approved", "Every step applied",
        "Validations by the dialog's parties: 3 (3 confirmed, 0 returned)",
        "Financial feasibility plan version: 1");
    // counted from the decision record, whose newest hash the summary keeps; the retired decisionLog never written
    List<org.ssr.workflow.decision.DecisionEntry> record = ProgrammeTestBeans.decisions().record().entries(driver.code);
    assertThat(org.ssr.workflow.engine.Conversions.json(historicVariable("programmeSummaryDetails")))
        .contains("\"headHash\":\"" + record.get(record.size() - 1).hash() + "\"");
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().variableName("decisionLog").count())
        .isZero();
    // actions without measures: the institution owns them, indicators come in the first implementation year
    assertThat(historicVariable("transformationActions")).isEqualTo(List.of(
        new TransformationAction("A1", "Train police", "police", 2027, 2028).toMap(),
        new TransformationAction("A2", "Defence review", "defence", 2027, 2027).toMap()));
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery()
        .taskDefinitionKey(RECORD_DONOR_PLEDGES).count()).isEqualTo(2);
    assertThat(approvedPlanVersions).containsExactly(1);
  }

  // ---------------------------------------------------------------- oversight in place, reviews

  @Test
  void nspReview_waitsInTheModelUntilStep11PutsOversightInPlace() {
    driver.start();
    // everyone works except the governance reviewers of step 11
    driver.driveUntil(() -> driver.isWaitingAt(WAIT_FOR_OVERSIGHT), t -> !isGovernanceReview(t), "NSP waiting");
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(WAIT_FOR_OVERSIGHT);
    assertThat(variable("oversightInPlace")).isEqualTo(false);
    assertThat(passed(REVIEW_NSP)).isFalse();

    driver.complete(driver.openTasks().stream().filter(this::isGovernanceReview).findFirst().orElseThrow());
    driver.driveUntil(() -> driver.openTasks().stream().noneMatch(this::isGovernanceReview), t -> isGovernanceReview(t),
        "governance approved");

    assertThat(passed(OVERSIGHT_IN_PLACE)).isTrue();
    assertThat(driver.isWaitingAt(WAIT_FOR_OVERSIGHT)).isFalse();
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(REVIEW_NSP);
  }

  /**
   * A French programme outside any web request (the engine called directly, as the job executor or a test does):
   * its refusals speak the programme's language, and the reviews it starts are about subjects in French.
   */
  @Test
  void frenchProgramme_refusesInFrench_andItsReviewSubjectsAreFrench() {
    Map<String, Object> form = ProgrammeDriver.startForm(driver.code);
    form.put("programmeLanguage", "fr");
    driver.start(form);
    driver.driveUntil(SCOPE_PROGRAMME);
    Map<String, Object> scope = driver.formValues(driver.task(SCOPE_PROGRAMME));
    scope.put("applyStep5", false);
    scope.put("justificationStep5", " ");
    assertThatThrownBy(() -> driver.complete(SCOPE_PROGRAMME, scope))
        .hasMessageContaining("Écrivez pourquoi ces étapes ne s’appliquent pas : étape 5 (Analyse stratégique).");
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(SCOPE_PROGRAMME);

    driver.driveUntil(() -> driver.isWaitingAt(WAIT_FOR_OVERSIGHT), t -> !isGovernanceReview(t), "NSP waiting");
    assertThat(reviewSubjects()).contains("Structures de gouvernance et de contrôle : Oversight charter");
    driver.driveUntil(() -> driver.isWaitingAt(REVIEW_NSP), t -> true, "NSP under review");
    assertThat(reviewSubjects())
        .contains("Cadre de la politique de sécurité nationale : National Security Policy 2027");
  }

  /** The subjects of the oversight reviews the programme has called so far (running or done). */
  private List<String> reviewSubjects() {
    List<String> reviews = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .superProcessInstanceId(driver.programme.getId()).processDefinitionKey(OversightReviewProcess.KEY).list()
        .stream().map(org.camunda.bpm.engine.history.HistoricProcessInstance::getId).toList();
    return reviews.stream().map(id -> String.valueOf(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(id).variableName("reviewSubject").singleResult().getValue())).toList();
  }

  @Test
  void nspReturned_revised_thenApproved_andRejected_backToStrategicAnalysis() {
    AtomicInteger nspReviews = new AtomicInteger();
    driver.reviewer = review -> {
      if (!review.kind().equals("NSP")) {
        return "approved";
      }
      return switch (nspReviews.incrementAndGet()) {
        case 1 -> "returned";
        case 2 -> "rejected";
        default -> "approved";
      };
    };
    driver.start();
    driver.driveUntil(REVISE_NSP);
    driver.complete(REVISE_NSP);
    driver.driveUntil(STRATEGIC_ANALYSIS, t -> !t.getTaskDefinitionKey().equals(STRATEGIC_ANALYSIS));
    assertThat(count(STRATEGIC_ANALYSIS)).isEqualTo(2);
    driver.driveToEnd();
    assertThat(historicVariable("nspVersion")).isEqualTo(3);
    assertThat((String) historicVariable("programmeSummary")).contains("1 returned, 1 rejected");
  }

  @Test
  void governanceStructures_returned_revised_rejected_developedAgain() {
    // both reviewing bodies decide alike on each version: v1 returned, v2 rejected, v3 approved
    driver.reviewer = review -> !review.kind().equals("GOVERNANCE_STRUCTURES") ? "approved"
        : switch (review.version()) {
          case 1 -> "returned";
          case 2 -> "rejected";
          default -> "approved";
        };
    driver.start();
    driver.driveToEnd();
    assertThat(count(REVISE_GOVERNANCE_STRUCTURES)).isEqualTo(1);
    assertThat(count(DEVELOP_GOVERNANCE_STRUCTURES)).isEqualTo(2);
    assertThat(historicVariable("governanceCharterVersion")).isEqualTo(3);
  }

  // ---------------------------------------------------------------- validation by the dialog's parties (issue 15)

  @Test
  void nspValidation_returnedToRevision_validatedAgain_confirmed_thenReviewed() {
    driver.validator = validation -> validation.version() == 1 ? "returned" : "confirmed";
    driver.start();
    driver.driveUntil(VALIDATE_NSP);
    engine.getRuntimeService().setVariable(driver.programme.getId(), "agreementLedger", ProgrammeDriver.json(
        "[{\"id\":\"AG-1\",\"text\":\"Civilian oversight of the armed forces\",\"status\":\"agreed\","
            + "\"agreedBy\":[\"youth\",\"womensGroups\"],\"objectedBy\":[],\"session\":1}]"));
    // the ledger is prepared when the task is created: the second round shows it
    org.camunda.bpm.engine.task.Task first = driver.task(VALIDATE_NSP);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery()
        .resourceType(org.camunda.bpm.engine.authorization.Resources.TASK).resourceId(first.getId())
        .groupIdIn("facilitators").singleResult().isPermissionGranted(
            org.camunda.bpm.engine.authorization.Permissions.READ)).as("facilitators observe").isTrue();
    driver.complete(first);
    assertThat(engine.getAuthorizationService().createAuthorizationQuery().resourceId(first.getId()).count())
        .as("the observers' grant goes with the task").isZero();

    assertThat(driver.isOpen(REVISE_NSP)).isTrue();
    assertThat(passed(REVIEW_NSP)).isFalse();
    assertThat(passed(WAIT_FOR_OVERSIGHT)).isFalse();
    driver.complete(REVISE_NSP);
    org.camunda.bpm.engine.task.Task second = driver.task(VALIDATE_NSP);
    Map<String, Object> shown = engine.getTaskService().getVariablesLocal(second.getId());
    assertThat((String) shown.get("validationLedgerText")).contains("AG-1 (agreed) Civilian oversight of the armed "
        + "forces", "Agreed by: Youth, Women's groups");
    assertThat((String) shown.get("validationDocumentText"))
        .isEqualTo("National Security Policy framework: National Security Policy 2027, version 2");
    assertThat((String) shown.get("validationDocumentLink")).endsWith("/task/" + second.getId()
        + "/variables/nspDocument/data");
    assertThat(engine.getTaskService().getVariable(second.getId(), "validationDecision"))
        .as("last round's decision cleared").isNull();
    driver.complete(second);

    driver.driveUntil(() -> passed(REVIEW_NSP), t -> true, "NSP review");
    assertThat(count(VALIDATE_NSP)).isEqualTo(2);
    assertThat(count(REVISE_NSP)).isEqualTo(1);
    // kept in the decision record only: the retired decisionLog variable is not written
    assertThat(variable("decisionLog")).isNull();
    List<org.ssr.workflow.decision.DecisionEntry> validations = ProgrammeTestBeans.decisions().record()
        .entries(driver.code).stream().filter(d -> "VALIDATION".equals(d.kind())).toList();
    assertThat(validations).extracting(org.ssr.workflow.decision.DecisionEntry::outcome)
        .containsExactly("returned", "confirmed");
    assertThat(validations.get(0)).extracting(d -> d.party() + " " + d.actor() + " " + d.subject() + " " + d.reason())
        .isEqualTo("civilSocietyMonitor monitor nsp v1 Agreement AG-1 on civilian oversight is missing");
    assertThat(ProgrammeTestBeans.PUBLISHED).filteredOn(org.ssr.workflow.decision.DecisionMade.class::isInstance)
        .map(org.ssr.workflow.decision.DecisionMade.class::cast)
        .filteredOn(d -> "VALIDATION".equals(d.kind()))
        .extracting(d -> d.kind() + " " + d.subject() + " " + d.party() + " " + d.actor() + " " + d.outcome())
        .containsExactly("VALIDATION nsp v1 civilSocietyMonitor monitor returned",
            "VALIDATION nsp v2 civilSocietyMonitor monitor confirmed");
  }

  @Test
  void validation_returnedWithoutReasons_refusedWithAMessage_andAnUnknownDecisionToo() {
    driver.start();
    driver.driveUntil(VALIDATE_NSP);
    String task = driver.task(VALIDATE_NSP).getId();
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task, Map.of("validationDecision", "returned")))
        .hasRootCauseInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessageContaining("validationReasons").hasMessageContaining("required when returning");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task, Map.of("validationDecision", "maybe")))
        .hasRootCauseInstanceOf(ProgrammeInputRejectedException.class).hasMessageContaining("validationDecision");
    assertThat(driver.isOpen(VALIDATE_NSP)).isTrue();
    assertThat(ProgrammeTestBeans.PUBLISHED).as("no validation published")
        .noneMatch(e -> "VALIDATION".equals(((org.ssr.workflow.decision.DecisionMade) e).kind()));
  }

  @Test
  void agencyValidation_perInstitution_returnedFrameworkRevisedAndValidatedAgain() {
    driver.validator = validation -> validation.task().equals(VALIDATE_AGENCY_FRAMEWORK)
        && "police".equals(validation.institution()) && validation.version() == 1 ? "returned" : "confirmed";
    driver.start();
    driver.driveUntil(GAP_ANALYSIS);

    // defence confirmed at once; police returned, revised, confirmed: each institution's decision is its own
    assertThat(count(VALIDATE_AGENCY_FRAMEWORK)).isEqualTo(3);
    assertThat(count(REVISE_AGENCY_FRAMEWORK)).isEqualTo(1);
    assertThat(count(REVIEW_AGENCY_FRAMEWORK)).isEqualTo(2);
    assertThat(ProgrammeTestBeans.PUBLISHED).map(e -> ((org.ssr.workflow.decision.DecisionMade) e).subject() + " "
        + ((org.ssr.workflow.decision.DecisionMade) e).outcome())
        .contains("agencyFramework police v1 returned", "agencyFramework police v2 confirmed",
            "agencyFramework defence v1 confirmed");
    assertThat(variable("validationDecision")).as("the NSP's, on the programme").isEqualTo("confirmed");
  }

  // ---------------------------------------------------------------- step 11: the oversight charter decides

  @Test
  void charter_decidesWhoReviewsTheNspEachFrameworkAndThePlan() {
    driver.charter = Map.of(
        "charterNspReviewers", json("[\"parliamentOversight\"]"),
        "charterFrameworkReviewers", json("[{\"institution\":\"defence\",\"reviewers\":[\"parliamentOversight\","
            + "\"civilSocietyMonitor\"]},{\"institution\":\"police\",\"reviewers\":[\"justiceOversight\"]}]"),
        "charterPlanReviewers", json("[\"parliamentOversight\",\"justiceOversight\"]"));
    driver.start();
    driver.driveUntil(() -> passed(REVIEW_NSP), t -> true, "NSP review");
    // only parliament's task in the NSP review
    ProcessInstance nspReview = review("NSP");
    assertThat(reviewTasks(nspReview)).singleElement().satisfies(task -> assertThat(engine.getTaskService()
        .getIdentityLinksForTask(task.getId())).anySatisfy(link -> assertThat(link.getGroupId())
        .isEqualTo("parliamentOversight")));
    driver.driveToEnd();

    assertThat(reviewGroups()).containsExactlyEntriesOf(new java.util.TreeMap<>(Map.of(
        "AGENCY_FRAMEWORK/defence", List.of("parliamentOversight", "civilSocietyMonitor"),
        "AGENCY_FRAMEWORK/police", List.of("justiceOversight"),
        "FINANCIAL_PLAN", List.of("parliamentOversight", "justiceOversight"),
        "GOVERNANCE_STRUCTURES", List.of("parliamentOversight", "civilSocietyMonitor"),
        "NSP", List.of("parliamentOversight"))));
    List<Map<String, Object>> charters = ProgrammeProcess.Variables.OVERSIGHT_CHARTERS.from(
        Map.of("oversightCharters", historicVariable("oversightCharters"))).get();
    assertThat(charters).singleElement().satisfies(c -> assertThat(c).containsEntry("version", 1)
        .containsEntry("governanceCharterVersion", 1).containsEntry("nsp", List.of("parliamentOversight")));
  }

  /**
   * After step 11, the oversight charter is amended through "Request a change to a programme" (the only way: before
   * oversight is in place the request is refused): the coordination unit records it with step 11's form, opened with
   * the charter in force; the review already under way keeps its bodies, later reviews follow the new version.
   */
  @Test
  void charterAmendedAfterStep11_leavesTheReviewUnderWayAlone_laterReviewsFollowIt() {
    driver.start();
    assertThatThrownBy(() -> requestChange("parliament", ChangeRequestProcess.Kinds.OVERSIGHT_CHARTER,
        "The monitor should review everything")).hasMessageContaining("What to change (changeKind): programme "
        + driver.programme.getBusinessKey() + " has no oversight in place yet");
    assertThatThrownBy(() -> requestChange("parliament", ChangeRequestProcess.Kinds.STRATEGY, "Re-plan"))
        .hasMessageContaining("Programme code (programmeCode): programme " + driver.programme.getBusinessKey()
            + " is not in implementation yet");
    driver.driveUntil(() -> passed(REVIEW_NSP), t -> true, "NSP review");
    ProcessInstance nspReview = review("NSP");
    assertThat(reviewTasks(nspReview)).hasSize(1);

    requestChange("parliament", ChangeRequestProcess.Kinds.OVERSIGHT_CHARTER,
        "The civil-society monitor joins every review");
    org.camunda.bpm.engine.task.Task amend = engine.getTaskService().createTaskQuery()
        .processInstanceId(driver.programme.getId()).taskDefinitionKey(AMEND_OVERSIGHT_CHARTER).singleResult();
    assertThat(amend).isNotNull();
    assertThat(ProgrammeProcess.Variables.CHARTER_NSP_REVIEWERS.read(
        engine.getTaskService().getVariable(amend.getId(), "charterNspReviewers")))
        .as("the form opens with the charter in force").isEqualTo(List.of("parliamentOversight"));
    assertThatThrownBy(() -> requestChange("monitor", ChangeRequestProcess.Kinds.OVERSIGHT_CHARTER, "Again"))
        .hasMessageContaining("already open with the coordination unit");
    assertThat(ProgrammeTestBeans.PUBLISHED).filteredOn(org.ssr.workflow.decision.DecisionMade.class::isInstance)
        .map(org.ssr.workflow.decision.DecisionMade.class::cast)
        .filteredOn(d -> d.kind().equals(OpenOversightCharterAmendmentDelegate.KIND)).singleElement()
        .satisfies(d -> assertThat(d.party() + " " + d.actor() + " " + d.outcome() + ": " + d.reason()).isEqualTo(
            "parliament parliament amendment opened: The civil-society monitor joins every review"));
    engine.getFormService().submitTaskForm(amend.getId(), Map.of(
        "charterNspReviewers", json("[\"parliamentOversight\",\"civilSocietyMonitor\"]"),
        "charterFrameworkReviewers", json("[{\"institution\":\"defence\",\"reviewers\":[\"civilSocietyMonitor\"]},"
            + "{\"institution\":\"police\",\"reviewers\":[\"civilSocietyMonitor\"]}]"),
        "charterPlanReviewers", json("[\"civilSocietyMonitor\"]")));
    BpmnAwareTests.assertThat(driver.programme).hasPassed(OVERSIGHT_CHARTER_AMENDED);
    assertThat(ProgrammeProcess.Variables.OVERSIGHT_CHARTERS.from(engine.getRuntimeService()
        .getVariables(driver.programme.getId())).get()).extracting(c -> c.get("version")).containsExactly(1, 2);

    assertThat(reviewTasks(nspReview)).as("the review under way keeps its bodies").hasSize(1);
    assertThat(engine.getRuntimeService().getVariable(nspReview.getId(), "reviewGroups"))
        .isEqualTo(List.of("parliamentOversight"));
    driver.driveToEnd();
    Map<String, Object> groups = reviewGroups();
    assertThat(groups.get("NSP")).isEqualTo(List.of("parliamentOversight"));
    assertThat(groups.get("AGENCY_FRAMEWORK/police")).isEqualTo(List.of("civilSocietyMonitor"));
    assertThat(groups.get("FINANCIAL_PLAN")).isEqualTo(List.of("civilSocietyMonitor"));
  }

  @Test
  void charter_withoutABodyForADocument_orWithAnUnknownBody_isRefusedWithAMessage() {
    driver.start();
    driver.driveUntil(RECORD_OVERSIGHT_CHARTER);
    String task = driver.task(RECORD_OVERSIGHT_CHARTER).getId();
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task, Map.of("charterNspReviewers", json("[]"))))
        .hasRootCauseInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessageContaining("charterNspReviewers").hasMessageContaining("at least one oversight body");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task,
        Map.of("charterPlanReviewers", json("[\"ministryOfFinance\"]"))))
        .hasRootCauseInstanceOf(ProgrammeInputRejectedException.class).hasMessageContaining("ministryOfFinance")
        .hasMessageContaining("is not an oversight body");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task, Map.of("charterFrameworkReviewers",
        json("[{\"institution\":\"defence\",\"reviewers\":[\"parliamentOversight\"]}]"))))
        .hasRootCauseInstanceOf(ProgrammeInputRejectedException.class).hasMessageContaining("Police");
    // as it opened (today's rule), it is accepted
    engine.getFormService().submitTaskForm(task, Map.of());
    assertThat(driver.isOpen(RECORD_OVERSIGHT_CHARTER)).isFalse();
  }

  // ---------------------------------------------------------------- step 4: structures as records

  @Test
  void coordinationStructures_keptAsRecords_aMemberOutsideTheProgrammeRefused() {
    driver.start();
    driver.driveUntil(ESTABLISH_STRUCTURES);
    String task = driver.task(ESTABLISH_STRUCTURES).getId();
    assertThat(engine.getTaskService().getVariable(task, "structureMemberOptions").toString())
        .contains("\"value\":\"police\"", "\"value\":\"justiceOversight\"", "\"value\":\"womensGroups\"");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task, Map.of("coordinationStructures", json(
        "[{\"name\":\"Steering committee\",\"members\":[\"intelligence\"],\"mandate\":\"Steers\"}]"))))
        .hasRootCauseInstanceOf(ProgrammeInputRejectedException.class).hasMessageContaining("intelligence");
    assertThatThrownBy(() -> engine.getFormService().submitTaskForm(task, Map.of("coordinationStructures", json(
        "[{\"name\":\"Steering committee\",\"members\":[\"police\"],\"mandate\":\" \"}]"))))
        .hasRootCauseInstanceOf(ProgrammeInputRejectedException.class).hasMessageContaining("mandate");
    engine.getFormService().submitTaskForm(task, Map.of("coordinationStructures", json(
        "[{\"name\":\" National SSR steering committee \",\"members\":[\"police\",\"parliamentOversight\","
            + "\"youth\"],\"mandate\":\"Steers planning and implementation\"},{\"name\":\"Technical secretariat\","
            + "\"members\":[\"defence\"],\"mandate\":\"Prepares the steering committee's decisions\"}]")));
    assertThat(ProgrammeProcess.Variables.COORDINATION_STRUCTURES.from(
        engine.getRuntimeService().getVariables(driver.programme.getId())).get())
        .extracting(s -> s.get("name") + ": " + s.get("members"))
        .containsExactly("National SSR steering committee: [police, parliamentOversight, youth]",
            "Technical secretariat: [defence]");
  }

  /** The Tasklist start form "Request a change to a programme", as the given user. */
  private void requestChange(String user, String kind, String reason) {
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ChangeRequestProcess.KEY).latestVersion().singleResult().getId();
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      engine.getFormService().submitStartForm(definition, Map.of("programmeCode",
          driver.programme.getBusinessKey(), "changeKind", kind, "changeReason", reason));
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  private ProcessInstance review(String kind) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(OversightReviewProcess.KEY)
        .processInstanceBusinessKey(driver.code).list().stream()
        .filter(review -> kind.equals(engine.getRuntimeService().getVariable(review.getId(), "reviewKind")))
        .findFirst().orElseThrow(() -> new AssertionError("no open review of " + kind));
  }

  /** Review kind (and institution) to the bodies each review was given, from the history. */
  private Map<String, Object> reviewGroups() {
    Map<String, Object> groupsByReview = new java.util.TreeMap<>();
    for (HistoricProcessInstance review : engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(OversightReviewProcess.KEY).processInstanceBusinessKey(driver.code).list()) {
      Map<String, Object> vars = new java.util.HashMap<>();
      engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(review.getId()).list()
          .forEach(v -> vars.put(v.getName(), v.getValue()));
      groupsByReview.put(vars.get("reviewKind") + (vars.get("reviewInstitution") == null ? ""
          : "/" + vars.get("reviewInstitution")), vars.get(OversightReviewProcess.Variables.REVIEW_GROUPS.name()));
    }
    return groupsByReview;
  }

  @Test
  void agencyFrameworks_mixedDecisionsAcrossInstitutions() {
    Map<String, Object> form = ProgrammeDriver.startForm(ProgrammeDriver.CODE);
    form.put("institutions", json("[\"defence\",\"police\",\"intelligence\"]"));
    driver.reviewer = review -> {
      if (!review.kind().equals("AGENCY_FRAMEWORK")) {
        return "approved";
      }
      return switch (review.institution()) {
        case "police" -> review.version() == 1 ? "returned" : "approved";
        case "intelligence" -> review.version() == 1 ? "rejected" : "approved";
        default -> "approved";
      };
    };
    driver.start(form);
    driver.driveUntil(GAP_ANALYSIS);

    // defence approved at once; police returned, revised, approved; intelligence rejected, drafted again, approved
    assertThat(count(DRAFT_AGENCY_FRAMEWORK)).isEqualTo(4);
    assertThat(count(REVISE_AGENCY_FRAMEWORK)).isEqualTo(1);
    assertThat(count(REVIEW_AGENCY_FRAMEWORK)).isEqualTo(5);
    List<String> outcomes = ProgrammeTestBeans.decisions().record().entries(driver.code).stream()
        .filter(d -> "OVERSIGHT_REVIEW".equals(d.kind())).map(d -> d.outcome()).toList();
    assertThat(outcomes).filteredOn("rejected"::equals).hasSize(1);   // intelligence v1 by parliament
    assertThat(outcomes).filteredOn("returned"::equals).hasSize(2);   // police v1 by parliament and justice
  }

  @Test
  void agencyFramework_draftedByTheInstitutionsAgencyGroup() {
    driver.start();
    driver.driveUntil(DRAFT_AGENCY_FRAMEWORK);
    List<String> groups = engine.getTaskService().createTaskQuery().processInstanceId(driver.programme.getId())
        .taskDefinitionKey(DRAFT_AGENCY_FRAMEWORK).list().stream()
        .flatMap(t -> engine.getTaskService().getIdentityLinksForTask(t.getId()).stream())
        .map(link -> link.getGroupId()).sorted().toList();
    assertThat(groups).containsExactly("agencyDefence", "agencyPolice");
  }

  // ---------------------------------------------------------------- step 10

  @Test
  void financialPlan_invalidUploadReturned_thenRejected_backToTheStrategy() {
    AtomicInteger planReviews = new AtomicInteger();
    driver.reviewer = review -> !review.kind().equals("FINANCIAL_PLAN") ? "approved"
        : switch (planReviews.incrementAndGet()) {
          case 1 -> "returned";
          case 2 -> "rejected";
          default -> "approved";
        };
    driver.start();
    driver.driveUntil(UPLOAD_FINANCIAL_PLAN);
    driver.complete(UPLOAD_FINANCIAL_PLAN, Map.of("financialPlanFile", file("bad-plan.xlsx")));
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(UPLOAD_FINANCIAL_PLAN);
    assertThat(variable("financialPlanErrors")).isEqualTo("Sheet Plan, cell C4: not a number");
    driver.driveToEnd();

    assertThat(count(RECORD_DONOR_PLEDGES)).isEqualTo(6);   // 2 donors x 3 rounds (returned plan: new pledges)
    assertThat(count(DRAFT_TRANSFORMATION_STRATEGY)).isEqualTo(2);
    assertThat(historicVariable("financialPlanVersion")).isEqualTo(3);
    // only the version the oversight bodies approved is marked, not the returned or rejected ones
    assertThat(approvedPlanVersions).containsExactly(3);
  }

  // ---------------------------------------------------------------- hold and resume (step 12)

  @ParameterizedTest(name = "hold before step {0}")
  @ValueSource(ints = {7, 8, 9, 10})
  void transformationTrackOnHold_waitsBeforeTheStep_untilResumed(int step) {
    String lastTaskBefore = switch (step) {
      case 7 -> DRAFT_NSP;
      case 8 -> DRAFT_AGENCY_FRAMEWORK;
      case 9 -> GAP_ANALYSIS;
      default -> DRAFT_TRANSFORMATION_STRATEGY;
    };
    driver.start();
    driver.driveUntil(lastTaskBefore);
    engine.getRuntimeService().setVariable(driver.programme.getId(), "transformationOnHold", true);
    driver.driveUntil(() -> isWaitingAtHold(step), t -> true, "hold before step " + step);
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(ProgrammeProcess.Elements.resumedBeforeStep(step));

    engine.getRuntimeService().setVariable(driver.programme.getId(), "transformationOnHold", false);
    engine.getRuntimeService().createMessageCorrelation(Messages.TRANSFORMATION_TRACK_RESUMED)
        .processInstanceId(driver.programme.getId()).correlateAll();
    driver.driveToEnd();
    assertThat(passed(ProgrammeProcess.Elements.resumedBeforeStep(step))).isTrue();
  }

  @Test
  void holdWhileAgencyFrameworksAreDrafted_stopsTheTrack_otherTracksGoOn_resumeContinuesWhereItWas() {
    driver.start();
    driver.driveUntil(DRAFT_AGENCY_FRAMEWORK);
    List<org.camunda.bpm.engine.task.Task> drafts = openTasks(DRAFT_AGENCY_FRAMEWORK);
    assertThat(drafts).hasSize(2);   // defence and police

    holdTrack();

    assertThat(driver.isWaitingAt(TRANSFORMATION_TRACK_HELD_UNTIL_RESUMED)).isTrue();
    assertThat(openTasks(DRAFT_AGENCY_FRAMEWORK)).hasSize(2).allSatisfy(task -> {
      assertThat(task.isSuspended()).isTrue();
      assertThat(task.getName()).isEqualTo("On hold: Draft institutional policy framework");
      // Tasklist's submit goes through the form service: refused, nothing changes
      assertThatThrownBy(() -> driver.complete(task)).isInstanceOf(SuspendedEntityInteractionException.class);
    });
    assertThat(count(REVIEW_AGENCY_FRAMEWORK)).isZero();
    // track A and risk management go on while the track is held
    engine.getRuntimeService().createMessageCorrelation(Messages.SHORT_TERM_THREAT_REPORTED)
        .processInstanceBusinessKey(driver.code).setVariable("riskTitle", "Riots").correlate();
    assertThat(driver.task(CONTAIN_REPORTED_THREAT).isSuspended()).isFalse();
    driver.complete(CONTAIN_REPORTED_THREAT);

    resumeTrack();

    assertThat(passed(TRANSFORMATION_TRACK_CONTINUES)).isTrue();
    assertThat(driver.isWaitingAt(TRANSFORMATION_TRACK_HELD_UNTIL_RESUMED)).isFalse();
    assertThat(openTasks(DRAFT_AGENCY_FRAMEWORK))
        .extracting(org.camunda.bpm.engine.task.Task::getId, org.camunda.bpm.engine.task.Task::getName,
            org.camunda.bpm.engine.task.Task::isSuspended)
        .containsExactlyInAnyOrderElementsOf(drafts.stream()
            .map(t -> org.assertj.core.groups.Tuple.tuple(t.getId(), t.getName(), false)).toList());
    driver.driveToEnd();
    assertThat(historicVariable("programmeStatus")).isEqualTo(ProgrammeSummary.READY_FOR_IMPLEMENTATION);
  }

  @Test
  void holdWhileThePlanIsUnderOversightReview_holdsTheReviewItsTasksAndDeadlines() {
    driver.start();
    driver.driveUntil(() -> driver.isWaitingAt(REVIEW_FINANCIAL_PLAN), t -> true, "financial plan review");
    ProcessInstance review = engine.getRuntimeService().createProcessInstanceQuery()
        .superProcessInstanceId(driver.programme.getId()).processDefinitionKey(OversightReviewProcess.KEY)
        .singleResult();
    List<org.camunda.bpm.engine.task.Task> reviewTasks = reviewTasks(review);
    assertThat(reviewTasks).isNotEmpty();
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).timers().count())
        .isPositive();

    holdTrack();

    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(review.getId())
        .singleResult().isSuspended()).isTrue();
    assertThat(driver.programme.getId()).isNotNull();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(driver.programme.getId())
        .singleResult().isSuspended()).isFalse();
    assertThat(reviewTasks(review)).allSatisfy(task -> {
      assertThat(task.isSuspended()).isTrue();
      assertThat(task.getName()).startsWith("On hold: ");
      assertThatThrownBy(() -> driver.decide(task)).isInstanceOf(SuspendedEntityInteractionException.class);
    });
    // the review's deadline timers are held too: no chase while the track waits
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).active().count())
        .isZero();

    resumeTrack();

    assertThat(reviewTasks(review))
        .extracting(org.camunda.bpm.engine.task.Task::getId, org.camunda.bpm.engine.task.Task::getName,
            org.camunda.bpm.engine.task.Task::isSuspended)
        .containsExactlyInAnyOrderElementsOf(reviewTasks.stream()
            .map(t -> org.assertj.core.groups.Tuple.tuple(t.getId(), t.getName(), false)).toList());
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(review.getId()).suspended().count())
        .isZero();
    driver.driveToEnd();
    assertThat(historicVariable("programmeStatus")).isEqualTo(ProgrammeSummary.READY_FOR_IMPLEMENTATION);
  }

  @Test
  void heldWhileTheNspWaitsForOversight_step11GoesOn_theNspReviewStartsOnlyOnResume() {
    driver.start();
    driver.driveUntil(() -> driver.isWaitingAt(WAIT_FOR_OVERSIGHT), t -> !isGovernanceReview(t), "NSP waiting");
    holdTrack();

    // track C completes step 11 while the track is held: oversight is in place, but the NSP review waits
    driver.driveUntil(() -> driver.openTasks().stream().noneMatch(this::isGovernanceReview), t -> isGovernanceReview(t),
        "governance approved");
    assertThat(passed(OVERSIGHT_IN_PLACE)).isTrue();
    assertThat(driver.isWaitingAt(WAIT_FOR_OVERSIGHT)).isTrue();
    assertThat(passed(REVIEW_NSP)).isFalse();

    resumeTrack();

    assertThat(driver.isWaitingAt(WAIT_FOR_OVERSIGHT)).isFalse();
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(REVIEW_NSP);
  }

  @Test
  void criticalRiskEndsTheProgramme_whileTheTrackIsHeld() {
    driver.start();
    driver.driveUntil(DRAFT_AGENCY_FRAMEWORK);
    holdTrack();

    engine.getRuntimeService().createMessageCorrelation(Messages.RISK_REPORTED)
        .processInstanceBusinessKey(driver.code).setVariable("riskId", "R-3").correlate();
    driver.complete(ProgrammeDriver.RISK_STUB_TASK, Map.of("riskOutcome", "END_PROGRAMME",
        "programmeEndReason", "Critical risk R-3 (Coup): the programme cannot continue"));

    assertThat(driver.ended()).isTrue();
    assertThat(historicVariable("programmeStatus")).isEqualTo(ProgrammeSummary.ENDED_BY_CRITICAL_RISK);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(driver.code).count()).isZero();
  }

  // ---------------------------------------------------------------- risks and short-term threats

  @Test
  void riskReported_startsRiskManagement_withoutInterruptingTheProgramme() {
    driver.start();
    driver.driveUntil(SCOPE_PROGRAMME);
    engine.getRuntimeService().createMessageCorrelation(Messages.RISK_REPORTED)
        .processInstanceBusinessKey(driver.code)
        .setVariable("riskId", "R-1").setVariable("riskTitle", "Spoilers").setVariable("riskCategory", "political")
        .correlate();

    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(SCOPE_PROGRAMME, HANDLE_RISK);
    driver.complete(ProgrammeDriver.RISK_STUB_TASK);
    assertThat(passed(RISK_HANDLED)).isTrue();
    driver.driveToEnd();
    assertThat(historicVariable("programmeStatus")).isEqualTo(ProgrammeSummary.READY_FOR_IMPLEMENTATION);
  }

  @Test
  void criticalRisk_endsTheProgrammeWithTheRecordedReason() {
    driver.start();
    driver.driveUntil(GAP_ANALYSIS);
    engine.getRuntimeService().createMessageCorrelation(Messages.RISK_REPORTED)
        .processInstanceBusinessKey(driver.code).setVariable("riskId", "R-2").correlate();
    driver.complete(ProgrammeDriver.RISK_STUB_TASK, Map.of("riskOutcome", "END_PROGRAMME",
        "programmeEndReason", "Critical risk R-2 (Coup): the programme cannot continue"));

    assertThat(driver.ended()).isTrue();
    assertThat(passed(END_PROGRAMME_ENDED)).isTrue();
    assertThat(passed(END_READY)).isFalse();
    assertThat(historicVariable("programmeStatus")).isEqualTo(ProgrammeSummary.ENDED_BY_CRITICAL_RISK);
    assertThat((String) historicVariable("programmeSummary"))
        .contains("ended because of a critical risk: Critical risk R-2 (Coup): the programme cannot continue");
  }

  @Test
  void shortTermThreatReported_rapidContainmentTask_whileTheProgrammeGoesOn() {
    driver.start();
    driver.driveUntil(DRAFT_NSP);
    engine.getRuntimeService().createMessageCorrelation(Messages.SHORT_TERM_THREAT_REPORTED)
        .processInstanceBusinessKey(driver.code)
        .setVariable("riskTitle", "Armed robberies on the highway").correlate();

    assertThat(driver.isOpen(CONTAIN_REPORTED_THREAT)).isTrue();
    assertThat(driver.isOpen(DRAFT_NSP)).isTrue();
    driver.complete(CONTAIN_REPORTED_THREAT);
    assertThat(passed("EndEvent_ThreatContained")).isTrue();
  }

  // ---------------------------------------------------------------- helpers

  /** What risk handling does when the programme managers hold the track (TransformationTrack in the risk feature). */
  private void holdTrack() {
    engine.getRuntimeService().setVariable(driver.programme.getId(), "transformationOnHold", true);
    engine.getRuntimeService().createMessageCorrelation(Messages.TRANSFORMATION_TRACK_HELD)
        .processInstanceId(driver.programme.getId()).correlateAll();
  }

  private void resumeTrack() {
    engine.getRuntimeService().setVariable(driver.programme.getId(), "transformationOnHold", false);
    engine.getRuntimeService().createMessageCorrelation(Messages.TRANSFORMATION_TRACK_RESUMED)
        .processInstanceId(driver.programme.getId()).correlateAll();
  }

  private List<org.camunda.bpm.engine.task.Task> openTasks(String key) {
    return engine.getTaskService().createTaskQuery().processInstanceId(driver.programme.getId())
        .taskDefinitionKey(key).list();
  }

  private List<org.camunda.bpm.engine.task.Task> reviewTasks(ProcessInstance review) {
    return engine.getTaskService().createTaskQuery().processInstanceId(review.getId())
        .taskDefinitionKey(ProgrammeDriver.REVIEW_TASK).list();
  }

  private boolean isGovernanceReview(org.camunda.bpm.engine.task.Task task) {
    return task.getTaskDefinitionKey().equals(ProgrammeDriver.REVIEW_TASK)
        && "GOVERNANCE_STRUCTURES".equals(engine.getRuntimeService().getVariable(task.getExecutionId(), "reviewKind"));
  }

  private boolean waitingForOversight() {
    return !engine.getRuntimeService().createExecutionQuery().processInstanceId(driver.programme.getId())
        .activityId(WAIT_FOR_OVERSIGHT).list().isEmpty();
  }

  private boolean isWaitingAtHold(int step) {
    return !engine.getRuntimeService().createExecutionQuery().processInstanceId(driver.programme.getId())
        .activityId(ProgrammeProcess.Elements.resumedBeforeStep(step)).list().isEmpty();
  }

  private static String taskOfStep(int step) {
    return switch (step) {
      case 3 -> CONTAIN_SHORT_TERM_THREATS;
      case 4 -> ESTABLISH_STRUCTURES;
      case 5 -> STRATEGIC_ANALYSIS;
      case 6 -> DRAFT_NSP;
      case 7 -> AGENCY_FRAMEWORKS;
      case 8 -> GAP_ANALYSIS;
      case 9 -> DRAFT_TRANSFORMATION_STRATEGY;
      default -> FINANCIAL_FEASIBILITY_PLAN;
    };
  }

  private Object variable(String name) {
    return engine.getRuntimeService().getVariable(driver.programme.getId(), name);
  }

  private Object historicVariable(String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(driver.programme.getId()).variableName(name).singleResult().getValue();
  }

  private boolean passed(String elementId) {
    if (elementId.startsWith("Flow_Step")) {
      // a skip flow was taken when the step's gateway was reached and its task never ran
      int step = Integer.parseInt(elementId.replaceAll("\\D", ""));
      return count(ProgrammeProcess.Elements.stepApplies(step)) > 0 && count(taskOfStep(step)) == 0;
    }
    return count(elementId) > 0;
  }

  private long count(String activityId) {
    return engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(driver.programme.getId()).activityId(activityId).count();
  }
}
