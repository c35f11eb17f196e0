package org.ssr.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.decision.DecisionMade;
import org.ssr.workflow.decision.DecisionRecord;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * /api/programmes through the real server: managers see every programme, a role takes part only where the programme
 * offered it work, a role outside a programme gets nothing; the Cockpit session works without a second login; the
 * Cockpit plugins are served at the URLs Cockpit loads them from.
 */
@SsrApplicationTest
class MonitoringApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  DecisionRecord record;

  @Autowired
  RuntimeService runtime;

  private String code;
  private String instanceId;

  /** A programme at step 1: its first task is offered to the coordination unit. */
  @BeforeEach
  void startProgramme() {
    code = "MON-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    instanceId = runtime.createProcessInstanceByKey(ProgrammeProcess.KEY)
        .businessKey(code)
        .setVariable("programmeCode", code)
        .setVariable("programmeName", "Monitoring API test")
        .setVariable("country", "Testland")
        .setVariable("transformationOnHold", false)
        .startBeforeActivity(ProgrammeProcess.Elements.RECORD_DIALOG_SESSION)
        .execute().getId();
  }

  @Test
  void managerSeesEveryProgramme_withItsTwelveSteps() throws Exception {
    Http manager = as("manager");
    HttpResponse<String> list = manager.get("/api/programmes");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(codes(list.body())).contains(code);
    JsonNode listed = null;
    for (JsonNode p : JSON.readTree(list.body())) {
      listed = code.equals(p.get("code").asText()) ? p : listed;
    }
    // the implementation phase's columns: a programme at step 1 is in preparation, with no year and no execution yet
    assertThat(listed.get("phase").asText()).isEqualTo("PREPARATION");
    assertThat(listed.get("cycleYear").isNull()).isTrue();
    assertThat(listed.get("executionRate").isNull()).isTrue();

    HttpResponse<String> one = manager.get("/api/programmes/" + code);
    assertThat(one.statusCode()).isEqualTo(200);
    JsonNode programme = JSON.readTree(one.body()).get("programme");
    assertThat(programme.get("processInstanceId").asText()).isEqualTo(instanceId);
    assertThat(programme.get("steps")).hasSize(12);
    assertThat(programme.get("steps").get(0).get("state").asText()).isEqualTo("ACTIVE");
    assertThat(programme.get("steps").get(1).get("state").asText()).isEqualTo("NOT_STARTED");

    HttpResponse<String> byInstance = manager.get("/api/programmes/by-instance/" + instanceId);
    assertThat(byInstance.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(byInstance.body()).get("programme").get("code").asText()).isEqualTo(code);
  }

  @Test
  void oversightSeesTheReformContext_theSegmentsLeftOutAndWhy_andTheShareTarget() throws Exception {
    String justified = "MON-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    Map<String, Object> vars = new java.util.HashMap<>();
    ProgrammeProcess.Variables.REQUIRED_SEGMENTS.putIn(vars, List.of("youth", "religiousLeaders"));
    ProgrammeProcess.Variables.SEGMENTS_JUSTIFICATION.putIn(vars, "Women's groups hold their own consultation.");
    ProgrammeProcess.Variables.REFORM_CONTEXT.putIn(vars, org.ssr.workflow.programme.ReformContext.POST_CONFLICT);
    ProgrammeProcess.Variables.NATIONAL_SHARE_TARGET.putIn(vars, new java.math.BigDecimal("40"));
    runtime.createProcessInstanceByKey(ProgrammeProcess.KEY).businessKey(justified)
        .setVariable("programmeCode", justified).setVariable("programmeName", "Justified segments")
        .setVariable("country", "Testland").setVariable("transformationOnHold", false).setVariables(vars)
        .startBeforeActivity(ProgrammeProcess.Elements.RECORD_DIALOG_SESSION).execute();

    JsonNode setUp = JSON.readTree(as("manager").get("/api/programmes/" + justified).body()).get("setUp");
    assertThat(setUp.get("reformContext").asText()).isEqualTo("postConflict");
    assertThat(setUp.get("requiredSegments").toString()).isEqualTo("[\"youth\",\"religiousLeaders\"]");
    assertThat(setUp.get("segmentsJustification").asText()).isEqualTo("Women's groups hold their own consultation.");
    assertThat(setUp.get("nationalShareTarget").asDouble()).isEqualTo(40.0);
    assertThat(setUp.get("consents")).isEmpty();

    // consents come from the decision record (the subject names the session); an old consentRecords variable is
    // not read
    record.append(new DecisionMade(justified, "pi", "DISSENT", "national consensus (step 1), dialog round 2",
        "youth", "coordinator", "dissent", "Not heard on conscription", null));
    runtime.createProcessInstanceQuery().processInstanceBusinessKey(justified).list().forEach(pi -> runtime
        .setVariable(pi.getId(), "consentRecords", List.of(Map.of("segment", "religiousLeaders",
            "position", "consent"))));
    JsonNode consents = JSON.readTree(as("manager").get("/api/programmes/" + justified).body()).get("setUp")
        .get("consents");
    assertThat(consents).hasSize(1);
    assertThat(consents.get(0).get("segment").asText() + " " + consents.get(0).get("position").asText() + " "
        + consents.get(0).get("session").asText() + " " + consents.get(0).get("recordedBy").asText() + " "
        + consents.get(0).get("reason").asText())
        .isEqualTo("youth dissent dialog round 2 coordinator Not heard on conscription");
  }

  /**
   * The dashboard reads a page at a time: the pages, one after the other, are the whole list in its order, each with
   * the total in X-Total-Count, and a member's pages hold only what the member sees.
   */
  @Test
  void pagesOfTheListAreTheWholeListInOrder_withTheTotal() throws Exception {
    for (int i = 0; i < 3; i++) {
      runtime.createProcessInstanceByKey(ProgrammeProcess.KEY).businessKey(code + "-P" + i)
          .setVariable("programmeCode", code + "-P" + i).setVariable("transformationOnHold", false)
          .startBeforeActivity(ProgrammeProcess.Elements.RECORD_DIALOG_SESSION).execute();
    }
    for (String user : List.of("manager", "coordinator")) {
      Http http = as(user);
      HttpResponse<String> all = http.get("/api/programmes");
      List<String> expected = codes(all.body());
      assertThat(expected).as(user).contains(code, code + "-P0", code + "-P1", code + "-P2");
      assertThat(all.headers().firstValue("X-Total-Count")).as(user).contains(String.valueOf(expected.size()));
      List<String> paged = new ArrayList<>();
      for (int first = 0; first < expected.size(); first += 2) {
        HttpResponse<String> page = http.get("/api/programmes?firstResult=" + first + "&maxResults=2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("X-Total-Count")).as(user).contains(String.valueOf(expected.size()));
        List<String> codes = codes(page.body());
        assertThat(codes).as(user + " from " + first).hasSize(Math.min(2, expected.size() - first));
        paged.addAll(codes);
      }
      assertThat(paged).as(user).isEqualTo(expected);
      assertThat(codes(http.get("/api/programmes?firstResult=" + expected.size() + "&maxResults=2").body()))
          .as(user).isEmpty();
    }
    // the newest first (other tests of this context may have moved the engine's clock: compare these three only)
    List<String> all = codes(as("manager").get("/api/programmes").body());
    assertThat(all.indexOf(code + "-P2")).isLessThan(all.indexOf(code + "-P1"));
    assertThat(all.indexOf(code + "-P1")).isLessThan(all.indexOf(code + "-P0"));
    assertThat(codes(as("manager").get("/api/programmes?maxResults=1").body())).containsExactly(all.get(0));
    // a page of a member holds only the programmes they take part in
    assertThat(codes(as("police").get("/api/programmes?firstResult=0&maxResults=50").body()))
        .doesNotContain(code, code + "-P0");

    // one definition version (Cockpit's Programmes tab) and the wrong one
    String definition = runtime.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getProcessDefinitionId();
    assertThat(codes(as("manager").get("/api/programmes?processDefinitionId=" + definition).body())).contains(code);
    assertThat(codes(as("manager").get("/api/programmes?processDefinitionId=ssr-risk:1:nope").body())).isEmpty();
  }

  @Test
  void aBadPageIsRefused_sayingWhatToSend() throws Exception {
    HttpResponse<String> negative = as("manager").get("/api/programmes?firstResult=-1&maxResults=10");
    assertThat(negative.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(negative.body()).get("message").asText()).contains("firstResult must be 0 or more");
    HttpResponse<String> empty = as("manager").get("/api/programmes?maxResults=0");
    assertThat(empty.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(empty.body()).get("message").asText()).contains("maxResults must be 1 or more");
    assertThat(as("manager").get("/api/programmes?maxResults=many").statusCode()).isEqualTo(400);
  }

  @Test
  void coordinationUnitTakesPart_throughTheTaskOfferedToIt() {
    Http coordinator = as("coordinator");
    assertThat(codes(coordinator.get("/api/programmes").body())).contains(code);
    assertThat(coordinator.get("/api/programmes/" + code).statusCode()).isEqualTo(200);
  }

  @Test
  void roleOutsideTheProgrammeGetsNothing() throws Exception {
    for (String user : List.of("police", "donor", "parliament")) {
      Http outsider = as(user);
      HttpResponse<String> list = outsider.get("/api/programmes");
      assertThat(list.statusCode()).as(user).isEqualTo(200);
      assertThat(codes(list.body())).as(user).doesNotContain(code);
      assertThat(outsider.get("/api/programmes/" + code).statusCode()).as(user).isEqualTo(404);
      assertThat(outsider.get("/api/programmes/by-instance/" + instanceId).statusCode()).as(user).isEqualTo(404);
      assertThat(outsider.getBytes("/api/programmes/" + code + "/report.xlsx").statusCode()).as(user).isEqualTo(404);
      HttpResponse<byte[]> portfolio = outsider.getBytes("/api/programmes/report.xlsx");
      assertThat(portfolio.statusCode()).as(user).isEqualTo(200);
      assertThat(portfolioCodes(portfolio.body())).as(user).doesNotContain(code);
    }
  }

  @Test
  void cockpitSessionReadsTheApiWithoutASecondLogin() {
    Http cockpit = Http.anonymous(port);
    assertThat(cockpit.webappLogin("cockpit", "manager", DemoUsers.PASSWORD).statusCode()).isEqualTo(200);
    HttpResponse<String> list = cockpit.get("/api/programmes");
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(codes(list.body())).contains(code);
    assertThat(cockpit.getBytes("/api/programmes/" + code + "/report.xlsx").statusCode()).isEqualTo(200);
  }

  @Test
  void reportsDownloadAsXlsx() throws Exception {
    Http manager = as("manager");
    HttpResponse<byte[]> report = manager.getBytes("/api/programmes/" + code + "/report.xlsx");
    assertThat(report.statusCode()).isEqualTo(200);
    assertThat(report.headers().firstValue("Content-Type").orElseThrow())
        .isEqualTo(ProgrammeReportWriter.CONTENT_TYPE);
    assertThat(report.headers().firstValue("Content-Disposition").orElseThrow())
        .contains("programme-report-" + code + ".xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.body()))) {
      assertThat(book.getSheet(ProgrammeReportWriter.SHEET_SUMMARY).getRow(1).getCell(1).getStringCellValue())
          .isEqualTo(code);
      assertThat(book.getSheet(ProgrammeReportWriter.SHEET_STEPS).getRow(1).getCell(2).getStringCellValue())
          .isEqualTo("active");
    }
    HttpResponse<byte[]> portfolio = manager.getBytes("/api/programmes/report.xlsx");
    assertThat(portfolio.statusCode()).isEqualTo(200);
    assertThat(portfolioCodes(portfolio.body())).contains(code);
  }

  @Test
  void lowerAndMixedCaseCodesFindTheProgramme() throws Exception {
    Http manager = as("manager");
    String mixed = "Mon-" + code.substring(4).toLowerCase();
    for (String typed : List.of(code.toLowerCase(), mixed, "%20" + code.toLowerCase() + "%20")) {
      HttpResponse<String> one = manager.get("/api/programmes/" + typed);
      assertThat(one.statusCode()).as(typed + ": " + one.body()).isEqualTo(200);
      assertThat(JSON.readTree(one.body()).get("programme").get("code").asText()).isEqualTo(code);
      HttpResponse<byte[]> report = manager.getBytes("/api/programmes/" + typed + "/report.xlsx");
      assertThat(report.statusCode()).as(typed).isEqualTo(200);
      assertThat(report.headers().firstValue("Content-Disposition").orElseThrow())
          .contains("programme-report-" + code + ".xlsx");
    }
    // the coordination unit takes part, whatever the case it types
    assertThat(as("coordinator").get("/api/programmes/" + mixed).statusCode()).isEqualTo(200);
    // an outsider still learns nothing
    assertThat(as("donor").get("/api/programmes/" + code.toLowerCase()).statusCode()).isEqualTo(404);
    // a code no programme can have is refused with the rule it breaks
    HttpResponse<String> malformed = manager.get("/api/programmes/mon_1");
    assertThat(malformed.statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(malformed.body()).get("message").asText())
        .isEqualTo("Programme code 'MON_1' is not valid: use 2 to 40 letters, digits or dashes, e.g. SSR-2026-01.");
  }

  /**
   * A programme whose content has deliberate gaps: the endpoint traces each action back to the agreement and flags
   * exactly what is due (an untraced action, a priority nothing serves, one resting on a disputed agreement, one on
   * none); outsiders get 404 as for the programme itself; the report carries the same in its Traceability sheet.
   */
  @Test
  void traceabilityFollowsEachActionBackToTheAgreement_andFlagsTheGaps() throws Exception {
    Map<String, Object> vars = new HashMap<>();
    ProgrammeProcess.Variables.INSTITUTIONS.putIn(vars, List.of("police"));
    ProgrammeProcess.Variables.AGREEMENT_LEDGER.putIn(vars, List.of(
        Map.of("id", "AG-1", "text", "Police answer to civilians", "status", "agreed"),
        Map.of("id", "AG-2", "text", "Border posts", "status", "disputed")));
    ProgrammeProcess.Variables.THREATS.putIn(vars, List.of(Map.of("id", "T-1", "text", "Armed groups")));
    ProgrammeProcess.Variables.PRIORITIES.putIn(vars, List.of(
        Map.of("id", "P-1", "text", "Civilian oversight", "agreementIds", List.of("AG-1"), "threatIds", List.of("T-1")),
        Map.of("id", "P-2", "text", "Border control", "agreementIds", List.of("AG-2"), "threatIds", List.of()),
        Map.of("id", "P-3", "text", "Modern armed forces", "agreementIds", List.of(), "threatIds", List.of())));
    ProgrammeProcess.Variables.GAPS.putIn(vars, List.of(
        Map.of("id", "G-1", "institution", "police", "text", "No complaints body", "priorityIds", List.of("P-1"))));
    ProgrammeProcess.Variables.TRANSFORMATION_ACTIONS.putIn(vars, List.of(
        new TransformationAction("A1", "Complaints body", "police", 2027, 2027, "police", List.of(), List.of(),
            List.of("G-1"), List.of(), TransformationAction.ACCOUNTABILITY).toMap(),
        new TransformationAction("A2", "Border posts", "police", 2027, 2027, "police", List.of(), List.of(),
            List.of(), List.of("P-2"), TransformationAction.CAPABILITY).toMap(),
        new TransformationAction("A3", "New vehicles", "police", 2027, 2027).toMap()));
    runtime.setVariables(instanceId, vars);

    HttpResponse<String> answer = as("manager").get("/api/programmes/" + code + "/traceability");
    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode trace = JSON.readTree(answer.body());
    assertThat(trace.get("programmeCode").asText()).isEqualTo(code);
    JsonNode a1 = trace.get("actions").get(0);
    assertThat(a1.get("gapIds").get(0).asText()).isEqualTo("G-1");
    assertThat(a1.get("servesPriorityIds").get(0).asText()).isEqualTo("P-1");
    assertThat(trace.get("priorities").get(0).get("agreementIds").get(0).asText()).isEqualTo("AG-1");
    List<String> warnings = new ArrayList<>();
    trace.get("warnings").forEach(w -> warnings.add(w.get("kind").asText() + " " + w.get("subject").asText()));
    // A3 is untagged: it cites nothing and has no capability/accountability kind
    assertThat(warnings).containsExactly("ACTION_CITES_NOTHING A3", "ACTION_WITHOUT_KIND A3",
        "PRIORITY_ON_CONTESTED_AGREEMENT P-2",
        "PRIORITY_WITHOUT_ACTION P-3", "PRIORITY_WITHOUT_AGREEMENT P-3");

    assertThat(as("coordinator").get("/api/programmes/" + code + "/traceability").statusCode()).isEqualTo(200);
    assertThat(as("police").get("/api/programmes/" + code + "/traceability").statusCode()).isEqualTo(404);
    assertThat(as("manager").get("/api/programmes/NO-SUCH-CODE/traceability").statusCode()).isEqualTo(404);

    HttpResponse<byte[]> report = as("manager").getBytes("/api/programmes/" + code + "/report.xlsx");
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(report.body()))) {
      XSSFSheet sheet = book.getSheet(ProgrammeReportWriter.SHEET_TRACEABILITY);
      assertThat(sheet).isNotNull();
      List<String> rows = new ArrayList<>();
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        rows.add(sheet.getRow(i).getCell(0).getStringCellValue() + " " + sheet.getRow(i).getCell(1)
            .getStringCellValue());
      }
      assertThat(rows).startsWith("Warning action A3", "Warning action A3", "Warning priority P-2", "Warning priority P-3",
          "Warning priority P-3").contains("Action A1", "Priority P-1");
    }
  }

  @Test
  void unknownProgrammeIs404() {
    assertThat(as("manager").get("/api/programmes/NO-SUCH-CODE").statusCode()).isEqualTo(404);
    assertThat(as("manager").get("/api/programmes/by-instance/no-such-instance").statusCode()).isEqualTo(404);
  }

  @Test
  void cockpitLoadsTheSsrPluginsFromThisApplication() {
    Http browser = Http.anonymous(port);
    HttpResponse<String> config = browser.get("/camunda/app/cockpit/scripts/config.js");
    assertThat(config.statusCode()).isEqualTo(200);
    assertThat(config.body()).contains("'ssr/dashboard'").contains("'ssr/programme-tab'").contains("export default");
    HttpResponse<String> dashboard = browser.get("/camunda/app/cockpit/ssr/dashboard.js");
    assertThat(dashboard.statusCode()).isEqualTo(200);
    assertThat(dashboard.headers().firstValue("Content-Type").orElse("")).contains("javascript");
    assertThat(dashboard.body()).contains("pluginPoint: 'cockpit.dashboard'");
    HttpResponse<String> tab = browser.get("/camunda/app/cockpit/ssr/programme-tab.js");
    assertThat(tab.statusCode()).isEqualTo(200);
    assertThat(tab.body()).contains("pluginPoint: 'cockpit.processInstance.runtime.tab'");
    assertThat(browser.get("/camunda/app/cockpit/ssr/common.js").statusCode()).isEqualTo(200);
  }

  // ---------------------------------------------------------------- helpers

  private Http as(String user) {
    return Http.basic(port, user, DemoUsers.PASSWORD);
  }

  private static List<String> codes(String body) {
    List<String> codes = new ArrayList<>();
    try {
      JSON.readTree(body).forEach(p -> codes.add(p.get("code").asText()));
    } catch (Exception e) {
      throw new IllegalStateException(body, e);
    }
    return codes;
  }

  private static List<String> portfolioCodes(byte[] xlsx) throws Exception {
    List<String> codes = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      XSSFSheet sheet = book.getSheet(ProgrammeReportWriter.SHEET_PORTFOLIO);
      for (int i = 1; i <= sheet.getLastRowNum(); i++) {
        codes.add(sheet.getRow(i).getCell(0).getStringCellValue());
      }
    }
    return codes;
  }
}
