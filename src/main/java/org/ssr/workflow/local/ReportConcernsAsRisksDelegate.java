package org.ssr.workflow.local;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstanceWithVariables;
import org.springframework.stereotype.Component;
import org.ssr.workflow.local.LocalReportProcess.Variables;
import org.ssr.workflow.risk.RiskCategory;
import org.ssr.workflow.risk.RiskReportProcess;

/**
 * ServiceTask_ReportConcernsAsRisks: each concern the civil-society monitor chose becomes a step-12 risk of the
 * programme (category human rights) through the same risk-report process as Tasklist's "Report a risk"; the risk's
 * description names the local report, and the concern keeps the risk id (local_concern.risk_id).
 */
@Component(LocalReportProcess.Beans.REPORT_CONCERNS_AS_RISKS)
public class ReportConcernsAsRisksDelegate implements JavaDelegate {

  private final LocalReportRepository repository;

  public ReportConcernsAsRisksDelegate(LocalReportRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reportId = Variables.REPORT_ID.from(execution).required();
    String code = Variables.PROGRAMME_CODE.from(execution).required();
    String region = Variables.REGION.from(execution).required();
    List<String> chosen = Variables.CONCERNS_TO_RISK.from(execution).get();
    List<String> riskIds = new ArrayList<>();
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
    }
    Variables.CONCERN_RISK_IDS.on(execution).set(riskIds);
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
