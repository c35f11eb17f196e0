package org.ssr.workflow.monitoring;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Programme status and accountability exports. The /api filter has authenticated the caller (HTTP Basic or the
 * webapps' session); {@link ProgrammeMonitor} answers only with programmes the caller takes part in, and a programme
 * the caller may not see is answered exactly like one that does not exist (404), so codes do not leak.
 */
@RestController
public class ProgrammeController {

  static final String PROGRAMMES = "/api/programmes";

  private final ProgrammeMonitor monitor;
  private final IdentityService identity;
  private final ProgrammeReportWriter reports = new ProgrammeReportWriter();

  public ProgrammeController(ProgrammeMonitor monitor, IdentityService identity) {
    this.monitor = monitor;
    this.identity = identity;
  }

  @GetMapping(PROGRAMMES)
  public List<ProgrammeStatus> programmes() {
    requireUser();
    return monitor.programmes();
  }

  @GetMapping(PROGRAMMES + "/{code}")
  public ProgrammeDetails programme(@PathVariable String code) {
    requireUser();
    return monitor.programme(code).orElseThrow(() -> notFound(code));
  }

  /** For Cockpit's "Programme" tab, which knows the process instance id of the page it is on. */
  @GetMapping(PROGRAMMES + "/by-instance/{processInstanceId}")
  public ProgrammeDetails programmeOfInstance(@PathVariable String processInstanceId) {
    requireUser();
    return monitor.programmeOfInstance(processInstanceId).orElseThrow(() -> new ResponseStatusException(
        HttpStatus.NOT_FOUND, "Process instance " + processInstanceId
            + " belongs to no SSR programme that you take part in."));
  }

  @GetMapping(PROGRAMMES + "/{code}/report.xlsx")
  public ResponseEntity<byte[]> report(@PathVariable String code) {
    requireUser();
    ProgrammeDetails details = monitor.programme(code).orElseThrow(() -> notFound(code));
    return xlsx(reports.programme(details, now()), "programme-report-" + safe(details.programme().code()) + ".xlsx");
  }

  @GetMapping(PROGRAMMES + "/report.xlsx")
  public ResponseEntity<byte[]> portfolio() {
    requireUser();
    Instant now = now();
    return xlsx(reports.portfolio(monitor.programmes(), now),
        "ssr-portfolio-" + now.toString().substring(0, 10) + ".xlsx");
  }

  private static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  private void requireUser() {
    var user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, "Log in first.");
    }
  }

  private static ResponseStatusException notFound(String code) {
    return new ResponseStatusException(HttpStatus.NOT_FOUND,
        "There is no programme with the code " + code + " that you take part in.");
  }

  private static String safe(String code) {
    return code == null ? "programme" : code.replaceAll("[^A-Za-z0-9._-]", "_");
  }

  private static ResponseEntity<byte[]> xlsx(byte[] bytes, String fileName) {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.parseMediaType(ProgrammeReportWriter.CONTENT_TYPE));
    headers.setContentDisposition(ContentDisposition.attachment().filename(fileName).build());
    return new ResponseEntity<>(bytes, headers, HttpStatus.OK);
  }
}
