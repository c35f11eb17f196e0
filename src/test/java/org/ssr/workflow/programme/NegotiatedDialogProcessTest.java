package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.ssr.workflow.programme.ProgrammeDriver.json;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssr.workflow.decision.DecisionMade;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.programme.ProgrammeProcess.Variables;
import org.ssr.workflow.support.ProcessTestCoverage;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * Issue 15's negotiated dialog on the in-memory engine with the real model: the agreements ledger across sessions,
 * consent or dissent of every required segment before consensus, and the set-up's reform context, justification and
 * non-state actors.
 */
class NegotiatedDialogProcessTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION)
      .reportDirectory(ProcessTestCoverage.reportDirectory())
      .build();

  ProcessEngine engine;
  private String deploymentId;
  private ProgrammeDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    deploymentId = SpringBootLikeDeployment.deploy(engine, ProgrammeProcess.RESOURCE, OversightReviewProcess.RESOURCE,
        "bpmn-stubs/risk-handling-stub.bpmn");
    OversightReviewTestBeans.register();
    ProgrammeTestBeans.register();
    driver = new ProgrammeDriver(engine);
  }

  @AfterEach
  void tearDown() {
    engine.getIdentityService().clearAuthentication();
    SpringBootLikeDeployment.undeployAndReset(engine, deploymentId);
  }

  // ---------------------------------------------------------------- the ledger

  @Test
  void ledger_carriesItemsAcrossSessions_revisesAndWithdrawsThem_neverDeletesOne() {
    driver.start();
    engine.getIdentityService().setAuthenticatedUserId("coordinator");
    Map<String, Object> first = session("youth", true);
    first.put("newAgreements", json("[{\"text\":\"The security sector serves the people\",\"status\":\"agreed\","
        + "\"agreedBy\":[\"youth\",\"religiousLeaders\"],\"objectedBy\":[]},"
        + "{\"text\":\"Traditional courts handle land disputes\",\"status\":null,\"agreedBy\":[\"youth\"],"
        + "\"objectedBy\":[\"religiousLeaders\"]},"
        + "{\"text\":\"\",\"status\":null,\"agreedBy\":[],\"objectedBy\":[]}]"));
    first.put("agreementChanges", json("[{\"item\":null,\"change\":null}]"));
    driver.complete(Elements.RECORD_DIALOG_SESSION, first);

    List<Map<String, Object>> ledger = ledger();
    assertThat(ledger).extracting(i -> i.get("id"), i -> i.get("status"), i -> i.get("session"))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("AG-1", "agreed", "dialog round 1"),
            org.assertj.core.groups.Tuple.tuple("AG-2", "disputed", "dialog round 1"));
    assertThat(ledger.get(0).get("recordedBy")).isEqualTo("coordinator");
    assertThat(variable("newAgreements")).as("the form's list is removed for the next session").isNull();

    // the facilitators' session sees the ledger and its open items, revises AG-2 and withdraws AG-1
    Task mediated = driver.task(Elements.FACILITATE_DIALOG_SESSION);
    assertThat((String) engine.getTaskService().getVariableLocal(mediated.getId(), "agreementLedgerText"))
        .contains("**AG-1** (agreed, dialog round 1): The security sector serves the people")
        .contains("objected by Religious leaders");
    assertThat(engine.getTaskService().getVariableLocal(mediated.getId(), "agreementOptions").toString())
        .contains("\"value\":\"AG-1\"").contains("\"value\":\"AG-2\"");
    Map<String, Object> second = session("womensGroups", false);
    second.put("sessionKind", "mediated");
    second.put("newAgreements", json("[{\"text\":\"Women's groups sit on the oversight platform\","
        + "\"agreedBy\":[\"womensGroups\"]}]"));
    second.put("agreementChanges", json("[{\"item\":\"AG-2\",\"change\":\"revise\","
        + "\"text\":\"Traditional courts handle land disputes under judicial review\","
        + "\"agreedBy\":[\"youth\",\"religiousLeaders\"],\"objectedBy\":[]},"
        + "{\"item\":\"AG-1\",\"change\":\"withdraw\",\"reason\":\"Merged into the NSP's vision\"}]"));
    engine.getIdentityService().setAuthenticatedUserId("facilitator");
    driver.complete(Elements.FACILITATE_DIALOG_SESSION, second);

    ledger = ledger();
    assertThat(ledger).as("never deleted: the withdrawn item stays").hasSize(3);
    Map<String, Object> withdrawn = ledger.get(0);
    assertThat(withdrawn).containsEntry("status", "withdrawn").containsEntry("reason", "Merged into the NSP's vision")
        .containsEntry("session", "dialog round 2").containsEntry("recordedBy", "facilitator")
        .containsEntry("text", "The security sector serves the people");
    Map<String, Object> revised = ledger.get(1);
    assertThat(revised).containsEntry("status", "revised")
        .containsEntry("text", "Traditional courts handle land disputes under judicial review")
        .containsEntry("agreedBy", List.of("youth", "religiousLeaders"));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> history = (List<Map<String, Object>>) revised.get("history");
    assertThat(history).singleElement().satisfies(before -> assertThat(before)
        .containsEntry("text", "Traditional courts handle land disputes").containsEntry("status", "disputed")
        .containsEntry("objectedBy", List.of("religiousLeaders")).containsEntry("session", "dialog round 1"));
    assertThat(ledger.get(2)).containsEntry("id", "AG-3").containsEntry("status", "agreed");

    // the religious leaders are still unheard: the next session cannot change a withdrawn item
    Map<String, Object> third = session("religiousLeaders", false);
    third.put("agreementChanges", json("[{\"item\":\"AG-1\",\"change\":\"agree\"}]"));
    assertThatThrownBy(() -> driver.complete(Elements.RECORD_DIALOG_SESSION, third))
        .rootCause().hasMessage("Agreements not recorded: change 1 (AG-1): AG-1 was withdrawn; record a new item instead.");
    assertThat(ledger()).hasSize(3);
  }

  @Test
  void ledger_refusesAWithdrawalWithoutReason_andAnUnknownItem_namingThem() {
    driver.start();
    Map<String, Object> first = session("youth", false);
    first.put("newAgreements", json("[{\"text\":\"Police serve the people\"}]"));
    driver.complete(Elements.RECORD_DIALOG_SESSION, first);

    Map<String, Object> second = session("womensGroups", false);
    second.put("agreementChanges", json("[{\"item\":\"AG-1\",\"change\":\"withdraw\",\"reason\":\"\"},"
        + "{\"item\":\"AG-9\",\"change\":\"agree\"}]"));
    assertThatThrownBy(() -> driver.complete(Elements.RECORD_DIALOG_SESSION, second))
        .rootCause().isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessage("Agreements not recorded: change 1 (AG-1): write why it is withdrawn; "
            + "change 2 (AG-9): no earlier item AG-9 (items: AG-1).");
    assertThat(ledger()).singleElement().satisfies(item -> assertThat(item).containsEntry("status", "agreed"));
  }

  @Test
  void ledger_regionalConsultationsAddAndChangeItems() {
    driver.start();
    Map<String, Object> first = session("youth", false);
    first.put("newAgreements", json("[{\"text\":\"Police serve the people\",\"agreedBy\":[\"youth\"]}]"));
    driver.complete(Elements.RECORD_DIALOG_SESSION, first);
    driver.driveUntil(Elements.REGIONAL_CONSULTATION);

    Task north = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(driver.code)
        .taskDefinitionKey(Elements.REGIONAL_CONSULTATION).list().get(0);
    Map<String, Object> consultation = driver.formValues(north);
    consultation.put("newAgreements", json("[{\"text\":\"Community policing in the district\","
        + "\"status\":\"disputed\",\"agreedBy\":[\"youth\"],\"objectedBy\":[\"securitySectorPersonnel\"]}]"));
    consultation.put("agreementChanges", json("[{\"item\":\"AG-1\",\"change\":\"dispute\","
        + "\"objectedBy\":[\"traditionalAuthorities\"]}]"));
    String region = (String) engine.getTaskService().getVariable(north.getId(), "region");
    engine.getFormService().submitTaskForm(north.getId(), consultation);

    List<Map<String, Object>> ledger = ledger();
    assertThat(ledger).hasSize(2);
    assertThat(ledger.get(0)).containsEntry("status", "disputed")
        .containsEntry("objectedBy", List.of("traditionalAuthorities"))
        .containsEntry("session", "regional consultation " + region);
    assertThat(ledger.get(1)).containsEntry("id", "AG-2").containsEntry("status", "disputed");
  }

  // ---------------------------------------------------------------- consent

  @Test
  void consensus_isRefusedWhileASegmentHasNeitherConsentNorDissent_namingIt() {
    driver.start();
    driver.driveUntil(Elements.DECLARE_CONSENSUS);
    Task declaration = driver.task(Elements.DECLARE_CONSENSUS);
    assertThat(engine.getTaskService().getVariableLocal(declaration.getId(), "segmentOptions").toString())
        .contains("\"label\":\"Women's groups\",\"value\":\"womensGroups\"");
    assertThat((String) engine.getTaskService().getVariableLocal(declaration.getId(), "consentStatusText"))
        .contains("- Youth: **not recorded yet**");

    Map<String, Object> form = new HashMap<>();
    form.put("consensusDecision", "consensus");
    form.put("consensusStatement", "Commitment to change");
    form.put("segmentConsents", json("[{\"segment\":\"youth\",\"position\":\"consent\"}]"));
    assertThatThrownBy(() -> driver.complete(Elements.DECLARE_CONSENSUS, form))
        .rootCause().isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessage("National consensus cannot be declared yet: no consent or dissent is recorded for "
            + "Women's groups, Religious leaders. Under 'Consent of the segments' record each one's consent, or its "
            + "dissent with the reason, and the session it was given in; or hold another session.");
    assertThat(ProgrammeTestBeans.PUBLISHED).isEmpty();
    assertThat(ProgrammeTestBeans.decisions().record().entries(ProgrammeDriver.CODE))
        .as("nothing recorded by a refused form").isEmpty();

    // a dissent needs its reason
    form.put("segmentConsents", json("[{\"segment\":\"youth\",\"position\":\"consent\"},"
        + "{\"segment\":\"womensGroups\",\"position\":\"dissent\",\"reason\":\"\"},"
        + "{\"segment\":\"religiousLeaders\",\"position\":\"consent\"}]"));
    assertThatThrownBy(() -> driver.complete(Elements.DECLARE_CONSENSUS, form))
        .rootCause().hasMessage("Consent not recorded: row 2 (Women's groups): write the reason for the dissent.");
    BpmnAwareTests.assertThat(driver.programme).isWaitingAt(Elements.DECLARE_CONSENSUS);
  }

  @Test
  void consensus_isDeclaredWithConsentAndDissent_recordedAcrossDeclarations_eachPublishedAsADecision() {
    ProcessInstance programme = driver.start();
    driver.driveUntil(Elements.DECLARE_CONSENSUS);
    engine.getIdentityService().setAuthenticatedUserId("coordinator");

    // first the youth consent, and another session is held
    Map<String, Object> first = new HashMap<>();
    first.put("consensusDecision", "anotherSession");
    first.put("segmentConsents", json("[{\"segment\":\"youth\",\"position\":\"consent\","
        + "\"session\":\"dialog round 1\"},{\"segment\":null}]"));
    driver.complete(Elements.DECLARE_CONSENSUS, first);
    driver.complete(Elements.RECORD_DIALOG_SESSION, session("womensGroups", false));

    Map<String, Object> second = new HashMap<>();
    second.put("consensusDecision", "consensus");
    second.put("consensusStatement", "Commitment to change");
    second.put("segmentConsents", json("[{\"segment\":\"womensGroups\",\"position\":\"dissent\","
        + "\"reason\":\"Gender-based violence is not a priority yet\"},"
        + "{\"segment\":\"religiousLeaders\",\"position\":\"consent\",\"session\":\"dialog round 1\"}]"));
    driver.complete(Elements.DECLARE_CONSENSUS, second);

    BpmnAwareTests.assertThat(programme).isWaitingAt(Elements.REGIONAL_CONSULTATION);
    // read back from the decision record, the only place consents are kept (no consentRecords variable)
    assertThat(variable("consentRecords")).isNull();
    List<Map<String, Object>> records =
        ConsentService.records(ProgrammeTestBeans.decisions().record().entries(ProgrammeDriver.CODE));
    assertThat(records).extracting(r -> r.get("segment"), r -> r.get("position"), r -> r.get("session"),
            r -> r.get("recordedBy"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("youth", "consent", "dialog round 1", "coordinator"),
            org.assertj.core.groups.Tuple.tuple("womensGroups", "dissent", "dialog round 2", "coordinator"),
            org.assertj.core.groups.Tuple.tuple("religiousLeaders", "consent", "dialog round 1", "coordinator"));
    assertThat(records.get(1)).containsEntry("reason", "Gender-based violence is not a priority yet");
    assertThat(ProgrammeTestBeans.PUBLISHED).hasSize(3).allSatisfy(event -> assertThat(event)
        .isInstanceOf(DecisionMade.class));
    DecisionMade dissent = (DecisionMade) ProgrammeTestBeans.PUBLISHED.get(1);
    assertThat(dissent.kind()).isEqualTo("DISSENT");
    assertThat(dissent.party()).isEqualTo("womensGroups");
    assertThat(dissent.actor()).isEqualTo("coordinator");
    assertThat(dissent.reason()).isEqualTo("Gender-based violence is not a priority yet");
    assertThat(dissent.programmeCode()).isEqualTo(ProgrammeDriver.CODE);
    assertThat(dissent.processInstanceId()).isEqualTo(programme.getId());
    assertThat(((DecisionMade) ProgrammeTestBeans.PUBLISHED.get(0)).kind()).isEqualTo("CONSENT");
    assertThat(dissent.subject()).isEqualTo("national consensus (step 1), dialog round 2");
  }

  // ---------------------------------------------------------------- set-up

  @Test
  void setUp_refusesLeavingOutWomensGroupsWithoutAJustification_andShowsTheOneGiven() {
    Map<String, Object> form = ProgrammeDriver.startForm("SSR-JUST-01");
    form.put("requiredSegments", json("[\"youth\",\"religiousLeaders\"]"));
    assertThatThrownBy(() -> driver.start(form))
        .isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessage("Women's groups is not among the segments that must be heard in the national dialog. Tick it "
            + "again, or write under 'Why these segments are not required' why the dialog need not hear it: "
            + "oversight sees this justification.");

    form.put("segmentsJustification", "Women's groups hold their own consultation under the gender ministry.");
    ProcessInstance programme = driver.start(form);
    assertThat(engine.getRuntimeService().getVariable(programme.getId(), "segmentsJustification"))
        .isEqualTo("Women's groups hold their own consultation under the gender ministry.");

    // the NSP's reviewers read it beside the document
    driver.driveUntil(() -> engine.getRuntimeService().createVariableInstanceQuery()
        .variableName(OversightReviewProcess.Variables.REVIEW_CONTEXT.name()).count() > 0,
        task -> true, "the NSP's oversight review");
    assertThat(engine.getRuntimeService().createVariableInstanceQuery()
        .variableName(OversightReviewProcess.Variables.REVIEW_CONTEXT.name()).singleResult().getValue())
        .isEqualTo("The national dialog was not required to hear: Women's groups. Justification given at set-up: "
            + "Women's groups hold their own consultation under the gender ministry.");
  }

  @Test
  void setUp_theReformContextSetsTheDefaultSegmentsAndTheScopingSuggestion() {
    Map<String, Object> form = ProgrammeDriver.startForm("SSR-CTX-01");
    form.put("requiredSegments", json("[]"));
    form.put("reformContext", "postConflict");
    form.put("nationalShareTarget", 40.0);
    ProcessInstance programme = driver.start(form);

    Map<String, Object> vars = engine.getRuntimeService().getVariables(programme.getId());
    assertThat(vars.get("requiredSegments")).isEqualTo(List.of("youth", "womensGroups", "religiousLeaders",
        "businessActors", "traditionalAuthorities", "civilSociety", "securitySectorPersonnel", "armedGroups"));
    assertThat(vars.get("reformContext")).isEqualTo("postConflict");
    assertThat(vars.get("nationalShareTarget")).isEqualTo(40.0);
    assertThat((String) vars.get("scopingSuggestion")).contains("Step 3 is suggested");
    assertThat(vars.get("segmentsJustification")).isNull();
  }

  @Test
  void setUp_aNonStateActorReachesItsOwnFrameworkTask_withItsOwnOversightBodies() {
    Map<String, Object> form = ProgrammeDriver.startForm("SSR-MIL-01");
    form.put("institutions", json("[\"police\",\"localDefenceGroups\"]"));
    form.put("oversightLocalDefenceGroups", json("[\"civilSocietyMonitor\"]"));
    ProcessInstance programme = driver.start(form);
    assertThat(engine.getRuntimeService().getVariable(programme.getId(), "oversightBodies")).isEqualTo(Map.of(
        "police", List.of("parliamentOversight", "justiceOversight"),
        "localDefenceGroups", List.of("civilSocietyMonitor")));

    driver.driveUntil(Elements.DRAFT_AGENCY_FRAMEWORK,
        task -> !task.getTaskDefinitionKey().equals(Elements.DRAFT_AGENCY_FRAMEWORK));
    driver.driveUntil(() -> engine.getTaskService().createTaskQuery().processInstanceBusinessKey(driver.code)
        .taskDefinitionKey(Elements.DRAFT_AGENCY_FRAMEWORK).taskCandidateGroup("agencyLocalDefenceGroups")
        .count() == 1, task -> !task.getTaskDefinitionKey().equals(Elements.DRAFT_AGENCY_FRAMEWORK),
        "the local defence groups' framework task");
  }

  // ---------------------------------------------------------------- helpers

  private static Map<String, Object> session(String segment, boolean mediation) {
    Map<String, Object> v = new HashMap<>();
    v.put("sessionDate", "2026-05-04");
    v.put("sessionPlace", "Capital city hall");
    v.put("participants", 40);
    v.put("segmentsPresent", json("[\"" + segment + "\"]"));
    v.put("agreements", "Summary");
    v.put("requestMediation", mediation);
    return v;
  }

  private Object variable(String name) {
    return engine.getRuntimeService().getVariable(driver.programme.getId(), name);
  }

  private List<Map<String, Object>> ledger() {
    return Variables.AGREEMENT_LEDGER.read(variable(Variables.AGREEMENT_LEDGER.name()));
  }
}
