package org.ssr.workflow.risk;

import java.util.Map;
import java.util.Set;
import org.ssr.workflow.engine.Variable;

/** Catalogue of the risk-report process (bpmn/risk-report.bpmn). */
public final class RiskReportProcess {

  public static final String KEY = "risk-report";
  public static final String RESOURCE = "bpmn/risk-report.bpmn";
  public static final String FORM_RESOURCE = "forms/risk-report.form";

  public static final String MESSAGE_RISK_REPORTED = "RiskReported";
  public static final String MESSAGE_SHORT_TERM_THREAT_REPORTED = "ShortTermThreatReported";

  public static final class Elements {
    public static final String START = "StartEvent_RiskReportSubmitted";
    public static final String CHECK_PROGRAMME = "ServiceTask_CheckProgrammeRunning";
    public static final String REQUEST_RAPID_CONTAINMENT = "ServiceTask_RequestRapidContainment";
    public static final String REPORT_TO_PROGRAMME = "ServiceTask_ReportRiskToProgramme";
    public static final String END = "EndEvent_RiskReported";

    private Elements() {}
  }

  /** Same names as in risk-handling: they travel with the message. */
  public static final class Variables {
    public static final Variable<String> PROGRAMME_CODE = RiskHandlingProcess.Variables.PROGRAMME_CODE;
    public static final Variable<String> RISK_ID = RiskHandlingProcess.Variables.RISK_ID;
    public static final Variable<String> RISK_TITLE = RiskHandlingProcess.Variables.RISK_TITLE;
    public static final Variable<String> RISK_DESCRIPTION = RiskHandlingProcess.Variables.RISK_DESCRIPTION;
    public static final Variable<String> RISK_CATEGORY = RiskHandlingProcess.Variables.RISK_CATEGORY;
    public static final Variable<String> RISK_REPORTED_BY = RiskHandlingProcess.Variables.RISK_REPORTED_BY;
    /** Process instance id of the programme the risk went to. */
    public static final Variable<String> PROGRAMME_INSTANCE_ID = Variable.text("programmeInstanceId");

    private Variables() {}
  }

  /** Element id -> the variables its Camunda Form supplies and the process reads (checked by FormsDeployedTest). */
  public static final Map<String, Set<String>> FORM_VARIABLES = Map.of(
      Elements.START, RiskHandlingProcess.names(Variables.PROGRAMME_CODE, Variables.RISK_TITLE,
          Variables.RISK_DESCRIPTION, Variables.RISK_CATEGORY));

  private RiskReportProcess() {}
}
