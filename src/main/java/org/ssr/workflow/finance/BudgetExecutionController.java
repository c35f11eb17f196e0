package org.ssr.workflow.finance;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;

/**
 * Budget execution over HTTP: the template of a year, the upload (coordination unit), the versions, refused
 * attempts and the variance (readers of the financial plan).
 */
@RestController
public class BudgetExecutionController {

  static final String BASE = "/api/programmes/{code}/budget-execution/{year}";
  static final int MIN_YEAR = 1900;
  static final int MAX_YEAR = 2200;

  private final BudgetExecutionService service;
  private final ProgrammeDirectory programmes;
  private final IdentityService identity;

  public BudgetExecutionController(BudgetExecutionService service, ProgrammeDirectory programmes,
      IdentityService identity) {
    this.service = service;
    this.programmes = programmes;
    this.identity = identity;
  }

  @GetMapping(BASE + "/template.xlsx")
  public ResponseEntity<byte[]> template(@PathVariable ProgrammeCode code, @PathVariable int year) {
    FinanceRequests.require(identity, FinancialPlanController.READERS, "download the budget execution template");
    ExecutionContext context = context(code, year);
    return FinanceRequests.file(service.template(context), BudgetExecutionService.templateFileName(context.programmeCode(), year));
  }

  @PostMapping(path = BASE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Map<String, Object>> upload(@PathVariable ProgrammeCode code, @PathVariable int year,
      @RequestParam("file") MultipartFile file, HttpServletRequest request) throws IOException {
    String user = FinanceRequests.require(identity, FinancialPlanController.UPLOADERS, "upload a budget execution");
    ExecutionContext context = context(code, year);
    String language = FinanceLanguages.of(request);
    ExecutionUpload result = service.upload(context, file.getOriginalFilename(), file.getBytes(), user, language);
    if (result instanceof ExecutionUpload.Refused refused) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("message", FinanceWords.of(language).text("rest.execution.refused", refused.errors().size()));
      body.put("errors", refused.messages());
      return ResponseEntity.unprocessableEntity().body(body);
    }
    ExecutionUpload.Accepted accepted = (ExecutionUpload.Accepted) result;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("programmeCode", context.programmeCode());
    body.put("year", year);
    body.put("version", accepted.version());
    body.put("planVersion", context.planVersion());
    body.put("rates", accepted.variance().rates());
    return ResponseEntity.created(URI.create("/api/programmes/" + context.programmeCode() + "/budget-execution/"
        + year + "/variance.xlsx?version=" + accepted.version())).body(body);
  }

  @GetMapping(BASE + "/versions")
  public List<BudgetExecutionRepository.VersionInfo> versions(@PathVariable ProgrammeCode code,
      @PathVariable int year) {
    FinanceRequests.require(identity, FinancialPlanController.READERS, "read the budget execution");
    return service.versions(context(code, year).programmeCode(), year);
  }

  @GetMapping(BASE + "/attempts")
  public List<BudgetExecutionRepository.Attempt> attempts(@PathVariable ProgrammeCode code, @PathVariable int year) {
    FinanceRequests.require(identity, Set.of("coordinationUnit", "programmeManagers"), "read refused uploads");
    return service.refusedAttempts(context(code, year).programmeCode(), year);
  }

  @GetMapping(BASE + "/variance")
  public Map<String, Object> variance(@PathVariable ProgrammeCode code, @PathVariable int year,
      @RequestParam(required = false) Integer version) {
    FinanceRequests.require(identity, FinancialPlanController.READERS, "read the budget execution");
    String c = context(code, year).programmeCode();
    BudgetVariance variance = service.variance(c, year, version).orElseThrow(() -> noVersion(c, year, version));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("programmeCode", c);
    body.put("year", year);
    body.put("version", service.info(c, year, version).orElseThrow().version());
    body.put("planVersion", variance.planVersion());
    body.put("total", group(variance.total()));
    body.put("byInstitution", variance.byInstitution().stream().map(BudgetExecutionController::group).toList());
    body.put("byAction", variance.byAction().stream().map(BudgetExecutionController::group).toList());
    body.put("bySource", variance.bySource().stream().map(BudgetExecutionController::group).toList());
    return body;
  }

  @GetMapping(BASE + "/variance.xlsx")
  public ResponseEntity<byte[]> varianceWorkbook(@PathVariable ProgrammeCode code, @PathVariable int year,
      @RequestParam(required = false) Integer version) {
    FinanceRequests.require(identity, FinancialPlanController.READERS, "download the budget variance");
    ExecutionContext context = context(code, year);
    BudgetExecutionRepository.VersionInfo info = service.info(context.programmeCode(), year, version)
        .orElseThrow(() -> noVersion(context.programmeCode(), year, version));
    return FinanceRequests.file(service.varianceWorkbook(context, info.version()).orElseThrow(),
        BudgetExecutionService.varianceFileName(context.programmeCode(), year, info.version()));
  }

  @ExceptionHandler(ExecutionVersionConflictException.class)
  ResponseEntity<Map<String, Object>> conflict(ExecutionVersionConflictException e) {
    return FinanceRequests.conflict(e);
  }

  private static Map<String, Object> group(BudgetVariance.Group g) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("key", g.key());
    m.put("planned", g.planned());
    m.put("committed", g.committed());
    m.put("spent", g.spent());
    m.put("variance", g.variance());
    m.put("commitmentRate", g.commitmentRate());
    m.put("executionRate", g.executionRate());
    return m;
  }



  private ExecutionContext context(ProgrammeCode code, int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The year " + year
          + " is not a reporting year: give it as four digits, e.g. 2028.");
    }
    return service.context(FinanceRequests.programme(identity, programmes, code), year);
  }

  private static ResponseStatusException noVersion(String code, int year, Integer version) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, version == null
        ? "Programme " + code + " has no budget execution for " + year + " yet."
        : "Programme " + code + " has no budget execution version " + version + " for " + year + ".");
  }
}
