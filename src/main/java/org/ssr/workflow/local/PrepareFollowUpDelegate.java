package org.ssr.workflow.local;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.local.LocalReportProcess.Variables;
import org.ssr.workflow.programme.Institution;

/**
 * ServiceTask_PrepareFollowUp: the follow-up's agency group, request, deadline and escalation date, local to its
 * branch, so that the agency's task, its due date and the chase ladder's timers read them.
 */
@Component(LocalReportProcess.Beans.PREPARE_FOLLOW_UP)
public class PrepareFollowUpDelegate implements JavaDelegate {

  private final LocalReportRepository repository;
  private final LocalPlatformsProperties properties;

  public PrepareFollowUpDelegate(LocalReportRepository repository, LocalPlatformsProperties properties) {
    this.repository = repository;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String id = Variables.FOLLOW_UP_ID.from(execution).required();
    LocalReportRepository.FollowUp followUp = repository.followUp(id)
        .orElseThrow(() -> new IllegalStateException("Follow-up " + id + " is not recorded"));
    Institution agency = Institution.byId(followUp.agency())
        .orElseThrow(() -> new IllegalStateException("Follow-up " + id + " names no known agency"));
    Instant deadline = followUp.deadline();
    Variables.FOLLOW_UP_AGENCY.on(execution).setLocal(agency.agencyGroup());
    Variables.FOLLOW_UP_AGENCY_NAME.on(execution).setLocal(agency.label());
    Variables.FOLLOW_UP_REQUEST.on(execution).setLocal(followUp.request());
    Variables.FOLLOW_UP_DEADLINE.on(execution).setLocal(Date.from(deadline));
    Variables.FOLLOW_UP_ESCALATION_DATE.on(execution).setLocal(Date.from(deadline.plus(properties.escalationDelay())));
    Variables.FOLLOW_UP_DUE_TEXT.on(execution).setLocal(deadline.atOffset(ZoneOffset.UTC).toLocalDate().toString());
  }
}
