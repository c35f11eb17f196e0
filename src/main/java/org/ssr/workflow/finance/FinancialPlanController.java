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
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;

/**
 * Financial feasibility plans over HTTP. The /api filter has authenticated the caller (HTTP Basic or webapp session);
 * here the role decides: the coordination unit uploads, oversight bodies, programme managers and donors read.
 */
@RestController
public class FinancialPlanController {

  static final String BASE = "/api/programmes/{code}/financial-plan";
  static final Set<String> UPLOADERS = Set.of("coordinationUnit");
  static final Set<String> READERS = Set.of("coordinationUnit", "parliamentOversight", "justiceOversight",
      "civilSocietyMonitor", "programmeManagers", "donors");

  private final FinancialPlanService service;
  private final ProgrammeDirectory programmes;
  private final IdentityService identity;

  public FinancialPlanController(FinancialPlanService service, ProgrammeDirectory programmes,
      IdentityService identity) {
    this.service = service;
    this.programmes = programmes;
    this.identity = identity;
  }

  @GetMapping(BASE + "/template.xlsx")
  public ResponseEntity<byte[]> template(@PathVariable ProgrammeCode code) {
    FinanceRequests.require(identity, READERS, "download the plan template");
    PlanContext context = FinanceRequests.programme(identity, programmes, code);
    return FinanceRequests.file(service.template(context), FinancialPlanService.templateFileName(context.programmeCode()));
  }

  @PostMapping(path = BASE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Map<String, Object>> upload(@PathVariable ProgrammeCode code,
      @RequestParam("file") MultipartFile file, HttpServletRequest request) throws IOException {
    String user = FinanceRequests.require(identity, UPLOADERS, "upload a financial plan");
    PlanContext context = FinanceRequests.programme(identity, programmes, code);
    // the workbook may come from the template of any language; its problems are told in the uploader's
    String language = FinanceLanguages.of(request);
    PlanUpload result = service.upload(context, file.getOriginalFilename(), file.getBytes(), user, language);
    if (result instanceof PlanUpload.Refused refused) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("message", FinanceWords.of(language).text("rest.plan.refused", refused.errors().size()));
      body.put("errors", refused.messages());
      return ResponseEntity.unprocessableEntity().body(body);
    }
    PlanUpload.Accepted accepted = (PlanUpload.Accepted) result;
    PlanVersionInfo info = service.info(context.programmeCode(), accepted.version()).orElseThrow();
    return ResponseEntity.created(URI.create("/api/programmes/" + context.programmeCode()
        + "/financial-plan?version=" + accepted.version())).body(view(info, accepted.totals()));
  }

  @GetMapping(BASE)
  public Map<String, Object> plan(@PathVariable ProgrammeCode code, @RequestParam(required = false) Integer version) {
    FinanceRequests.require(identity, READERS, "read the financial plan");
    PlanContext context = FinanceRequests.programme(identity, programmes, code);
    FinancialPlanService.PlanView view = service.view(context.programmeCode(), version)
        .orElseThrow(() -> noVersion(context.programmeCode(), version));
    return view(view.info(), view.totals());
  }

  @GetMapping(BASE + "/versions")
  public List<PlanVersionInfo> versions(@PathVariable ProgrammeCode code) {
    FinanceRequests.require(identity, READERS, "read the financial plan");
    return service.versions(FinanceRequests.programme(identity, programmes, code).programmeCode());
  }

  @GetMapping(BASE + "/attempts")
  public List<FinancialPlanRepository.Attempt> attempts(@PathVariable ProgrammeCode code) {
    FinanceRequests.require(identity, Set.of("coordinationUnit", "programmeManagers"), "read refused uploads");
    return service.refusedAttempts(FinanceRequests.programme(identity, programmes, code).programmeCode());
  }

  @GetMapping("/api/programmes/{code}/financial-plan.xlsx")
  public ResponseEntity<byte[]> summary(@PathVariable ProgrammeCode code,
      @RequestParam(required = false) Integer version) {
    FinanceRequests.require(identity, READERS, "download the financial plan");
    PlanContext context = FinanceRequests.programme(identity, programmes, code);
    PlanVersionInfo info = service.info(context.programmeCode(), version)
        .orElseThrow(() -> noVersion(context.programmeCode(), version));
    byte[] bytes = service.summary(context, info.version()).orElseThrow();
    return FinanceRequests.file(bytes, FinancialPlanService.summaryFileName(context.programmeCode(), info.version()));
  }

  /** Two uploads for one programme at the same moment, and this one could not get a version number: 409. */
  @ExceptionHandler(PlanVersionConflictException.class)
  ResponseEntity<Map<String, Object>> conflict(PlanVersionConflictException e) {
    return FinanceRequests.conflict(e);
  }

  private static Map<String, Object> view(PlanVersionInfo info, PlanTotals totals) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("programmeCode", info.programmeCode());
    body.put("version", info.version());
    body.put("uploadedBy", info.uploadedBy());
    body.put("uploadedAt", info.uploadedAt());
    body.put("fileName", info.fileName());
    body.put("approved", info.approved());
    body.put("totals", totals);
    return body;
  }




  private static ResponseStatusException noVersion(String code, Integer version) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, version == null
        ? "Programme " + code + " has no financial plan yet."
        : "Programme " + code + " has no financial plan version " + version + ".");
  }
}
