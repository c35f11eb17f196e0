package org.ssr.workflow.finance;

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
import org.ssr.workflow.engine.AsApplication;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;

/**
 * What the plan and budget execution endpoints share: the caller's role check, the programme's plan context read as
 * the application, a workbook as a download and a lost version race as 409.
 */
final class FinanceRequests {

  static final MediaType XLSX = MediaType.parseMediaType(Workbooks.XLSX);

  private FinanceRequests() {}

  /** The calling user, who must belong to one of {@code groups} to {@code what}: else 401 or 403 saying so. */
  static String require(IdentityService identity, Set<String> groups, String what) {
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
   * The programme's plan context, read as the application: the caller's role was checked before, and a donor or
   * oversight body must see the plan of a programme whose instance it may not read.
   */
  static PlanContext programme(IdentityService identity, ProgrammeDirectory programmes, ProgrammeCode code) {
    return AsApplication.call(identity, () -> programmes.variables(code))
        .map(vars -> ProcessPlanContext.of(code.value(), vars))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
            "There is no programme with the code " + code + "."));
  }

  /** A workbook as an attachment named {@code name}. */
  static ResponseEntity<byte[]> file(byte[] bytes, String name) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(XLSX);
    headers.setContentDisposition(ContentDisposition.attachment().filename(name).build());
    return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
  }

  /** Two uploads for one programme at the same moment, and this one could not get a version number: 409. */
  static ResponseEntity<Map<String, Object>> conflict(RuntimeException e) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", e.getClass().getSimpleName());
    body.put("message", e.getMessage());
    return ResponseEntity.status(HttpStatus.CONFLICT).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
