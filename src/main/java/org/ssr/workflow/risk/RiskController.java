package org.ssr.workflow.risk;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.ssr.workflow.engine.AsApplication;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeLanguage;
import org.ssr.workflow.risk.RiskReportProcess.Variables;

/**
 * Step 12 over HTTP: report a risk (the same risk-report process the Tasklist start form runs) and read the risk
 * register as JSON or XLSX. The /api filter has set the engine's current authentication before we are called.
 */
@RestController
@RequestMapping("/api/programmes/{code}")
public class RiskController {

  /** Every role taking part in a programme may read its register (docs/risk.md, docs/roles.md). */
  static final Set<String> REGISTER_READERS = Set.of("coordinationUnit", "parliamentOversight", "justiceOversight",
      "civilSocietyMonitor", "agencyDefence", "agencyPolice", "agencyIntelligence", "agencyJustice",
      "agencyCorrections", "agencyBorder", "agencyMilitias", "agencyLocalDefenceGroups", "agencyPrivateSecurity",
      "facilitators", "programmeManagers", "donors", "camunda-admin");

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final IdentityService identity;
  private final RuntimeService runtime;
  private final RiskRegister register;
  private final ProcessEngine engine;

  public RiskController(ProcessEngine engine) {
    this.identity = engine.getIdentityService();
    this.runtime = engine.getRuntimeService();
    this.register = new RiskRegister(engine.getHistoryService());
    this.engine = engine;
  }

  /** What a client sends to report a risk; category is a {@link RiskCategory} id. */
  public record RiskReportRequest(
      @NotBlank @Size(max = 200) String title,
      @NotBlank @Size(max = 4000) String description,
      @NotBlank String category) {}

  @PostMapping(path = "/risks", consumes = MediaType.APPLICATION_JSON_VALUE,
      produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> report(@PathVariable ProgrammeCode code,
      @Valid @RequestBody RiskReportRequest request) {
    if (currentUser() == null) {
      return error(HttpStatus.UNAUTHORIZED, "AuthenticationRequired", "Log in first.");
    }
    if (RiskCategory.fromId(request.category()).isEmpty()) {
      // the same refusal as the engine's, in the reporter's language (docs/languages.md)
      return error(HttpStatus.BAD_REQUEST, "InvalidRequestException", RiskInputRejectedException.text(
          Languages.ofPerson(Languages.ENGLISH), "category", request.category(),
          String.valueOf(Arrays.stream(RiskCategory.values()).map(RiskCategory::id).toList())));
    }
    Map<String, Object> variables = new HashMap<>();
    Variables.PROGRAMME_CODE.putIn(variables, code.value());
    Variables.RISK_TITLE.putIn(variables, request.title().trim());
    Variables.RISK_DESCRIPTION.putIn(variables, request.description().trim());
    Variables.RISK_CATEGORY.putIn(variables, request.category());
    try {
      // the same process as the Tasklist start form: one path, one set of checks, the reporter as initiator
      ProcessInstanceWithVariables report = runtime.createProcessInstanceByKey(RiskReportProcess.KEY)
          .setVariables(variables)
          .executeWithVariablesInReturn();
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("riskId", Variables.RISK_ID.from(report.getVariables()).get());
      body.put("programmeCode", Variables.PROGRAMME_CODE.from(report.getVariables()).get());
      body.put("category", request.category());
      body.put("reportedBy", Variables.RISK_REPORTED_BY.from(report.getVariables()).get());
      body.put("message", RiskCategory.fromId(request.category()).orElseThrow().needsRapidContainment()
          ? "Short-term threat reported to programme " + code + ": the coordination unit is asked for rapid"
              + " containment now (step 3) and will assess it as a risk (step 12)."
          : "Risk reported to programme " + code + ": the coordination unit will assess it.");
      return ResponseEntity.status(HttpStatus.CREATED).body(body);
    } catch (RuntimeException e) {
      ProgrammeNotRunningException notRunning = notRunning(e);
      if (notRunning == null) {
        throw e;
      }
      HttpStatus status = notRunning.getReason() == ProgrammeNotRunningException.Reason.UNKNOWN
          ? HttpStatus.NOT_FOUND : HttpStatus.CONFLICT;
      return error(status, "ProgrammeNotRunning", notRunning.getMessage());
    }
  }

  @GetMapping(path = "/risks", produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<?> registerAsJson(@PathVariable ProgrammeCode code) {
    ResponseEntity<Map<String, Object>> refused = refuseUnlessParticipant();
    if (refused != null) {
      return refused;
    }
    List<RiskRegisterEntry> risks = readRegister(code);
    return ResponseEntity.ok(Map.of("programmeCode", code.value(), "risks", risks));
  }

  @GetMapping(path = "/risks.xlsx")
  public ResponseEntity<?> registerAsWorkbook(@PathVariable ProgrammeCode code) {
    ResponseEntity<Map<String, Object>> refused = refuseUnlessParticipant();
    if (refused != null) {
      return refused;
    }
    // in the programme's language, read as the application (an agency may not read the programme's history)
    String language = AsApplication.call(identity, () -> ProgrammeLanguage.ofCode(engine, code.value()));
    byte[] workbook = RiskRegisterWorkbook.write(code.value(), readRegister(code), language);
    return ResponseEntity.ok()
        .contentType(XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("risk-register-" + code + ".xlsx").build().toString())
        .body(workbook);
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<Map<String, Object>> invalid(MethodArgumentNotValidException e) {
    return error(HttpStatus.BAD_REQUEST, "InvalidRequestException", "Please give "
        + e.getBindingResult().getFieldErrors().stream()
            .map(error -> error.getField() + " (" + error.getDefaultMessage() + ")").sorted().toList() + ".");
  }

  /**
   * The register is read with the engine's authorization checks suspended for this one query: the readers are
   * decided here (every role taking part), not by per-instance history grants the roles do not have.
   */
  List<RiskRegisterEntry> readRegister(ProgrammeCode code) {
    return AsApplication.call(identity, () -> register.risksOf(code.value()));
  }

  private ResponseEntity<Map<String, Object>> refuseUnlessParticipant() {
    Authentication current = identity.getCurrentAuthentication();
    if (current == null) {
      return error(HttpStatus.UNAUTHORIZED, "AuthenticationRequired", "Log in first.");
    }
    List<String> groups = current.getGroupIds() == null ? List.of() : current.getGroupIds();
    if (groups.stream().noneMatch(REGISTER_READERS::contains)) {
      return error(HttpStatus.FORBIDDEN, "AuthorizationException",
          "Only the roles taking part in a programme may read its risk register.");
    }
    return null;
  }

  private String currentUser() {
    Authentication current = identity.getCurrentAuthentication();
    return current == null ? null : current.getUserId();
  }

  private static ProgrammeNotRunningException notRunning(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProgrammeNotRunningException notRunning) {
        return notRunning;
      }
    }
    return null;
  }

  /** Same shape as the engine REST API's errors and org.ssr.workflow.web.ApiExceptionHandler: {type, message}. */
  private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
