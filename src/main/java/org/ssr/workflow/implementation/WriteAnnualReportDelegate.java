package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.variable.Variables;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.risk.RiskRegister;
import org.ssr.workflow.risk.RiskRegisterEntry;
import org.springframework.stereotype.Component;

/** Writes the annual implementation report (workbook) the oversight bodies review; counts its versions. */
@Component(ImplementationProcess.Beans.WRITE_ANNUAL_REPORT)
public class WriteAnnualReportDelegate implements JavaDelegate {

  private final ImplementationService service;
  private final ImplementationWorkbooks workbooks;

  public WriteAnnualReportDelegate(ImplementationService service, ImplementationWorkbooks workbooks) {
    this.service = service;
    this.workbooks = workbooks;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<TransformationAction> baseline = ImplementationData.baseline(execution);
    int version = ANNUAL_REPORT_VERSION.from(execution).orElse(0) + 1;
    int year = REPORTING_YEAR.from(execution).required();
    ImplementationWorkbooks.Programme programme = ImplementationData.programme(execution);
    byte[] workbook = workbooks.annualReport(programme, CYCLE_YEAR.from(execution).required(), year,
        BASELINE_VERSION.from(execution).required(), baseline, ImplementationData.reportsOfThisYear(execution),
        ANNUAL_REPORT_SUMMARY.from(execution).get(), ANNUAL_REPORT_DECISIONS.from(execution).get(),
        BUDGET_EXECUTION_RATES.from(execution).get(), openRisks(execution, programme.code()),
        ImplementationData.language(execution));
    ANNUAL_REPORT.on(execution).set(Variables.fileValue("annual-report-" + programme.code() + "-" + year + "-v"
        + version + ".xlsx").file(workbook).mimeType(ImplementationWorkbooks.CONTENT_TYPE).create());
    ANNUAL_REPORT_VERSION.on(execution).set(version);
    ALL_ACTIONS_DONE.on(execution).set(service.allActionsDone(baseline, ImplementationData.reports(execution)));
  }

  /** Step 12 goes on in implementation: the risks still open when the year is consolidated go to oversight too. */
  private static List<RiskRegisterEntry> openRisks(DelegateExecution execution, String programmeCode) {
    return new RiskRegister(execution.getProcessEngineServices().getHistoryService()).risksOf(programmeCode).stream()
        .filter(RiskRegisterEntry::open).toList();
  }
}
