package org.ssr.workflow.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.ssr.workflow.decision.DecisionMade;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.local.LocalReportProcess.Variables;
import org.ssr.workflow.risk.RiskCategory;
import org.ssr.workflow.risk.RiskReportProcess;

/**
 * ServiceTask_ReportConcernsAsRisks: each concern the civil-society monitor chose becomes a step-12 risk of the
 * programme (category human rights) through the same risk-report process as Tasklist's "Report a risk"; the risk's
 * description names the local report, and the concern keeps the risk id (local_concern.risk_id). The monitor's
 * decision (which concerns became risks, or none) is published as a {@link DecisionMade} ({@value #KIND}) for the
 * programme's decision record, in the same transaction as the task's completion.
 */
@Component(LocalReportProcess.Beans.REPORT_CONCERNS_AS_RISKS)
public class ReportConcernsAsRisksDelegate implements JavaDelegate {

  /** The kind of decision in the programme's decision record. */
  public static final String KIND = "CONCERNS_TO_RISK";

  private final LocalReportRepository repository;
  private final ApplicationEventPublisher events;

  public ReportConcernsAsRisksDelegate(LocalReportRepository repository, ApplicationEventPublisher events) {
    this.repository = repository;
    this.events = events;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reportId = Variables.REPORT_ID.from(execution).required();
    String code = Variables.PROGRAMME_CODE.from(execution).required();
    String region = Variables.REGION.from(execution).required();
    List<String> chosen = Variables.CONCERNS_TO_RISK.from(execution).get();
    List<String> riskIds = new ArrayList<>();
    List<String> reported = new ArrayList<>();
    for (LocalReportRepository.Concern concern : repository.concerns(reportId)) {
      if (!chosen.contains(String.valueOf(concern.number())) || concern.riskId() != null) {
        continue;
      }
      String title = "Human-rights concern, local platform " + region;
      String description = concern.concern() + "\n\nRaised at the local platform of " + region + ", local security "
          + "report " + reportId + ". Decision of the civil-society monitor: "
          + Variables.CONCERN_DECISION_NOTE.from(execution).orElse("(no note)");
      String riskId = reportRisk(execution, code, title, description);
      repository.linkConcernToRisk(reportId, concern.number(), riskId);
      riskIds.add(riskId);
      reported.add(String.valueOf(concern.number()));
    }
    Variables.CONCERN_RISK_IDS.on(execution).set(riskIds);
    events.publishEvent(new DecisionMade(code, execution.getProcessInstanceId(), KIND,
        "Local security report " + reportId + " (" + region + ")", SsrGroups.CIVIL_SOCIETY_MONITOR,
        whoDecided(execution), outcome(reported, riskIds), Variables.CONCERN_DECISION_NOTE.from(execution).get(),
        ClockUtil.getCurrentTime().toInstant()));
  }

  /** "concerns 1, 3 reported as risks R-2026-004, R-2026-005", or that none was. */
  static String outcome(List<String> concerns, List<String> riskIds) {
    if (riskIds.isEmpty()) {
      return "no concern reported as a risk";
    }
    return "concern" + (concerns.size() == 1 ? " " : "s ") + String.join(", ", concerns) + " reported as risk"
        + (riskIds.size() == 1 ? " " : "s ") + String.join(", ", riskIds);
  }

  /** The monitor who completed the decision task: the user submitting it, else the task's assignee. */
  private static String whoDecided(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user != null && user.getUserId() != null) {
      return user.getUserId();
    }
    return execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(LocalReportProcess.Elements.DECIDE_ON_CONCERNS)
        .orderByHistoricActivityInstanceStartTime().desc().list().stream()
        .map(HistoricTaskInstance::getAssignee).filter(Objects::nonNull).findFirst().orElse(null);
  }

  /** The risk package's entry point: its risk-report process, as the monitor who decided. */
  private static String reportRisk(DelegateExecution execution, String code, String title, String description) {
    Map<String, Object> variables = new HashMap<>();
    RiskReportProcess.Variables.PROGRAMME_CODE.putIn(variables, code);
    RiskReportProcess.Variables.RISK_TITLE.putIn(variables, title);
    RiskReportProcess.Variables.RISK_DESCRIPTION.putIn(variables, description);
    RiskReportProcess.Variables.RISK_CATEGORY.putIn(variables, RiskCategory.HUMAN_RIGHTS.id());
    ProcessInstanceWithVariables report = execution.getProcessEngineServices().getRuntimeService()
        .createProcessInstanceByKey(RiskReportProcess.KEY).setVariables(variables).executeWithVariablesInReturn();
    String riskId = RiskReportProcess.Variables.RISK_ID.from(report.getVariables()).get();
    if (riskId == null) {
      throw new IllegalStateException("risk-report gave no risk id for local report concern of " + code);
    }
    return riskId;
  }
}
