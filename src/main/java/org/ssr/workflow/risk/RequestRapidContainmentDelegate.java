package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ServiceTask_RequestRapidContainment: a short-term threat asks the programme for rapid containment (step 3,
 * message ShortTermThreatReported) before it is reported as a risk to be rated (step 12) like any other.
 */
@Component("requestRapidContainmentDelegate")
public class RequestRapidContainmentDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    ReportRiskToProgrammeDelegate.correlate(execution, RiskReportProcess.MESSAGE_SHORT_TERM_THREAT_REPORTED,
        "threat");
  }
}
