package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.CHARTER_FRAMEWORK_REVIEWERS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.CHARTER_INSTITUTION_OPTIONS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.CHARTER_NSP_REVIEWERS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.CHARTER_PLAN_REVIEWERS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.GOVERNANCE_CHARTER_VERSION;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.INSTITUTIONS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.OVERSIGHT_BODIES;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.OVERSIGHT_CHARTERS;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.ssr.workflow.programme.Institution.OversightBody;

/**
 * Step 11, "Record the oversight charter" ({@code create} and {@code complete}). On create it offers the programme's
 * institutions and fills the form with the charter in force, or with today's rule when none was recorded (parliament
 * for the NSP and the plan, the bodies set-up named for each institution). On complete it validates the charter
 * ({@link OversightCharter#record}) and appends it to {@code oversightCharters} as a new version: reviews started from
 * then on follow it, reviews already started keep their bodies.
 */
@Component(ProgrammeProcess.Beans.OVERSIGHT_CHARTER)
public class OversightCharterListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task);
    } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      record(task);
    }
  }

  private static void prepare(DelegateTask task) {
    List<String> institutions = INSTITUTIONS.from(task).get();
    List<Map<String, Object>> options = new ArrayList<>();
    ProgrammeWords words = ProgrammeWords.of(ProgrammeLanguage.of(task));
    for (String id : institutions) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("label", words.institution(id));
      option.put("value", id);
      options.add(option);
    }
    CHARTER_INSTITUTION_OPTIONS.on(task.getExecution()).set(options);
    Optional<Map<String, Object>> charter = OversightCharter.current(OVERSIGHT_CHARTERS.from(task).get());
    // the form opens with what is in force; set as Json, the type Tasklist then sends back
    CHARTER_NSP_REVIEWERS.on(task.getExecution()).set(charter.map(OversightCharter::nspReviewers)
        .orElse(List.of(OversightBody.PARLIAMENT)));
    CHARTER_PLAN_REVIEWERS.on(task.getExecution()).set(charter.map(OversightCharter::planReviewers)
        .orElse(List.of(OversightBody.PARLIAMENT)));
    CHARTER_FRAMEWORK_REVIEWERS.on(task.getExecution()).set(
        OversightCharter.frameworkRows(charter, institutions, OVERSIGHT_BODIES.from(task).get()));
  }

  private static void record(DelegateTask task) {
    List<Map<String, Object>> versions = new ArrayList<>(OVERSIGHT_CHARTERS.from(task).get());
    versions.add(OversightCharter.record(
        CHARTER_NSP_REVIEWERS.from(task).get(),
        CHARTER_FRAMEWORK_REVIEWERS.from(task).get(),
        CHARTER_PLAN_REVIEWERS.from(task).get(),
        INSTITUTIONS.from(task).get(),
        versions,
        whoRecorded(task),
        ClockUtil.getCurrentTime().toInstant(),
        GOVERNANCE_CHARTER_VERSION.from(task).get(),
        ProgrammeLanguage.of(task)));
    OVERSIGHT_CHARTERS.on(task.getExecution()).set(versions);
  }

  static String whoRecorded(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }
}
