package org.ssr.workflow.finance;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
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
import org.ssr.workflow.engine.AsApplication;
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
  static final MediaType XLSX = MediaType.parseMediaType(Workbooks.XLSX);

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
    require(READERS, "download the plan template");
    PlanContext context = programme(code);
    return file(service.template(context), FinancialPlanService.templateFileName(context.programmeCode()));
  }

  @PostMapping(path = BASE, consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  public ResponseEntity<Map<String, Object>> upload(@PathVariable ProgrammeCode code,
      @RequestParam("file") MultipartFile file) throws IOException {
    String user = require(UPLOADERS, "upload a financial plan");
    PlanContext context = programme(code);
    PlanUpload result = service.upload(context, file.getOriginalFilename(), file.getBytes(), user);
    if (result instanceof PlanUpload.Refused refused) {
      Map<String, Object> body = new LinkedHashMap<>();
      body.put("message", "The financial plan was not accepted: " + refused.errors().size()
          + " problem(s). Fix them and upload again; the last good version is unchanged.");
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
    require(READERS, "read the financial plan");
    PlanContext context = programme(code);
    FinancialPlanService.PlanView view = service.view(context.programmeCode(), version)
        .orElseThrow(() -> noVersion(context.programmeCode(), version));
    return view(view.info(), view.totals());
  }

  @GetMapping(BASE + "/versions")
  public List<PlanVersionInfo> versions(@PathVariable ProgrammeCode code) {
    require(READERS, "read the financial plan");
    return service.versions(programme(code).programmeCode());
  }

  @GetMapping(BASE + "/attempts")
  public List<FinancialPlanRepository.Attempt> attempts(@PathVariable ProgrammeCode code) {
    require(Set.of("coordinationUnit", "programmeManagers"), "read refused uploads");
    return service.refusedAttempts(programme(code).programmeCode());
  }

  @GetMapping("/api/programmes/{code}/financial-plan.xlsx")
  public ResponseEntity<byte[]> summary(@PathVariable ProgrammeCode code,
      @RequestParam(required = false) Integer version) {
    require(READERS, "download the financial plan");
    PlanContext context = programme(code);
    PlanVersionInfo info = service.info(context.programmeCode(), version)
        .orElseThrow(() -> noVersion(context.programmeCode(), version));
    byte[] bytes = service.summary(context, info.version()).orElseThrow();
    return file(bytes, FinancialPlanService.summaryFileName(context.programmeCode(), info.version()));
  }

  /** Two uploads for one programme at the same moment, and this one could not get a version number: 409. */
  @ExceptionHandler(PlanVersionConflictException.class)
  ResponseEntity<Map<String, Object>> conflict(PlanVersionConflictException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", "PlanVersionConflictException");
    body.put("message", e.getMessage());
    return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(body);
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

  private static ResponseEntity<byte[]> file(byte[] bytes, String name) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(XLSX);
    headers.setContentDisposition(ContentDisposition.attachment().filename(name).build());
    return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
  }

  private String require(Set<String> groups, String what) {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null || auth.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in first.");
    }
    List<String> mine = auth.getGroupIds() == null ? List.of() : auth.getGroupIds();
    if (mine.stream().noneMatch(groups::contains)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN, "User " + auth.getUserId() + " may not " + what
          + ": this needs membership of one of the groups " + String.join(", ", groups.stream().sorted().toList())
          + ".");
    }
    return auth.getUserId();
  }

  /**
   * The programme's plan context, read as the application: the caller's role was checked above, and a donor or
   * oversight body must see the plan of a programme whose instance it may not read.
   */
  private PlanContext programme(ProgrammeCode code) {
    return AsApplication.call(identity, () -> programmes.variables(code))
        .map(vars -> ProcessPlanContext.of(code.value(), vars))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "There is no programme with the code " + code + "."));
  }

  private static ResponseStatusException noVersion(String code, Integer version) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, version == null
        ? "Programme " + code + " has no financial plan yet."
        : "Programme " + code + " has no financial plan version " + version + ".");
  }
}
