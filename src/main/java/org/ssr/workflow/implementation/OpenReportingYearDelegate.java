package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * A reporting year begins: counts it, asks every owner institution with open actions for its report by the deadline
 * (ssr.implementation.report-deadline, escalated ssr.implementation.escalation-delay later) and schedules the next
 * year (ssr.implementation.cycle after this one).
 */
@Component(ImplementationProcess.Beans.OPEN_REPORTING_YEAR)
public class OpenReportingYearDelegate implements JavaDelegate {

  private final ImplementationService service;
  private final ImplementationProperties properties;

  public OpenReportingYearDelegate(ImplementationService service, ImplementationProperties properties) {
    this.service = service;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant now = ImplementationData.now();
    CYCLE_YEAR.on(execution).set(CYCLE_YEAR.from(execution).orElse(0) + 1);
    REPORTING_YEAR.on(execution).set(now.atZone(ZoneId.systemDefault()).getYear());
    REPORTING_INSTITUTIONS.on(execution).set(service.reportingInstitutions(ImplementationData.baseline(execution),
        ImplementationData.reports(execution)));
    Instant due = ImplementationService.plus(now, properties.reportDeadline());
    REPORT_DUE_DATE.on(execution).set(Date.from(due));
    REPORT_ESCALATION_DATE.on(execution).set(Date.from(ImplementationService.plus(due, properties.escalationDelay())));
    Instant scheduled = NEXT_CYCLE_DATE.from(execution).get().toInstant();
    Instant next = ImplementationService.plus(scheduled, properties.cycle());
    // a year that waited long (a held programme, a stopped server) does not make the following years pile up
    NEXT_CYCLE_DATE.on(execution).set(Date.from(next.isAfter(now) ? next
        : ImplementationService.plus(now, properties.cycle())));
    NEXT_STEP.on(execution).remove();
    ANNUAL_REPORT_SUMMARY.on(execution).remove();
    ANNUAL_REPORT_DECISIONS.on(execution).remove();
  }
}
