package org.ssr.workflow.local;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ssr.workflow.engine.AsApplication;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.local.LocalReportProcess.Variables;
import org.ssr.workflow.programme.ProgrammeCode;

/**
 * Local security reports over HTTP. {@code POST} files a report through the same process as the Tasklist start form
 * (the body has the form's field names; see docs/local-platforms.md); only members of the region's platform may.
 * {@code GET} lists the reports with what became of their concerns and follow-ups (the agencies' answers): a
 * platform member sees only their own region, the monitor, the coordination unit and managers see every region.
 */
@RestController
@RequestMapping("/api/programmes/{code}/local-reports")
public class LocalReportController {

  private final IdentityService identity;
  private final RuntimeService runtime;
  private final LocalPlatforms platforms;
  private final LocalReportRepository repository;

  public LocalReportController(ProcessEngine engine, LocalReportRepository repository) {
    this.identity = engine.getIdentityService();
    this.runtime = engine.getRuntimeService();
    this.platforms = new LocalPlatforms(engine);
    this.repository = repository;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE, produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> file(@PathVariable ProgrammeCode code,
      @RequestBody Map<String, Object> body) {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return error(HttpStatus.UNAUTHORIZED, "AuthenticationRequired", "Log in first.");
    }
    Map<String, Object> submitted = new HashMap<>(body);
    submitted.put(Variables.PROGRAMME_CODE.name(), code.value());
    // every field checked first, so a client learns all it must fix about the report itself before anything else
    LocalReport draft = LocalReportReader.read(submitted, LocalDate.ofInstant(
        ClockUtil.getCurrentTime().toInstant(), ZoneId.systemDefault()));
    LocalPlatforms.Platform platform = platforms.platform(code, draft.region());
    if (!platforms.isMember(user, platform)) {
      // the start form's refusal, in the filer's language (docs/languages.md)
      return error(HttpStatus.FORBIDDEN, "AuthorizationException", LocalInputRejectedException.in(
          LocalInputRejectedException.ofPerson(), "notMember", platform.region(), platform.groupId()).getMessage());
    }
    Map<String, Object> variables = new HashMap<>();
    for (Variable<?> field : List.of(Variables.PROGRAMME_CODE, Variables.REGION, Variables.MEETING_DATE,
        Variables.PARTICIPANTS_COMMUNITY, Variables.PARTICIPANTS_SECURITY_FORCE,
        Variables.PARTICIPANTS_LOCAL_GOVERNMENT, Variables.PARTICIPANTS_CIVIL_SOCIETY, Variables.ISSUES,
        Variables.HUMAN_RIGHTS_CONCERNS, Variables.AGREEMENTS, Variables.FOLLOW_UPS)) {
      copy(field, submitted, variables);
    }
    ProcessInstanceWithVariables report = runtime.createProcessInstanceByKey(LocalReportProcess.KEY)
        .setVariables(variables).executeWithVariablesInReturn();
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("reportId", Variables.REPORT_ID.from(report.getVariables()).get());
    answer.put("programmeCode", code.value());
    answer.put("region", platform.region());
    answer.put("followUps", Variables.FOLLOW_UP_IDS.from(report.getVariables()).get());
    answer.put("message", "Report filed for " + platform.region() + ": the civil-society monitor reads it, and each"
        + " follow-up is now a task of the agency concerned.");
    return ResponseEntity.status(HttpStatus.CREATED).body(answer);
  }

  @GetMapping(produces = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> list(@PathVariable ProgrammeCode code,
      @RequestParam(required = false) String region) {
    Authentication user = identity.getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return error(HttpStatus.UNAUTHORIZED, "AuthenticationRequired", "Log in first.");
    }
    List<LocalPlatforms.Platform> visible = platforms.visibleTo(user, code);
    if (visible.isEmpty()) {
      return error(HttpStatus.FORBIDDEN, "AuthorizationException",
          "Only the local platforms of programme " + code + ", the civil-society monitor, the coordination unit and"
              + " programme managers read its local reports.");
    }
    List<String> regions = visible.stream().map(LocalPlatforms.Platform::region).toList();
    if (region != null) {
      LocalPlatforms.Platform asked = platforms.platform(code, region);
      if (!regions.contains(asked.region())) {
        return error(HttpStatus.FORBIDDEN, "AuthorizationException",
            "You see only the reports of your own platform's region.");
      }
      regions = List.of(asked.region());
    }
    List<String> shown = regions;
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("programmeCode", code.value());
    answer.put("regions", shown);
    answer.put("reports", AsApplication.call(identity, () -> repository.reports(code.value(), shown)));
    return ResponseEntity.ok(answer);
  }

  private static <T> void copy(Variable<T> field, Map<String, Object> from, Map<String, Object> to) {
    T value = field.from(from).get();
    if (value != null) {
      field.putIn(to, value);
    }
  }

  private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
