package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.ssr.workflow.programme.TransformationAction;
import org.springframework.stereotype.Component;

/**
 * Completing an institution's report: checks it (a refusal keeps the task open with the message) and appends its
 * action reports to {@code implementationReports}; indicators added for actions that had none join the baseline.
 */
@Component(ImplementationProcess.Beans.RECORD_PROGRESS_REPORT)
public class RecordProgressReportListener implements TaskListener {

  private final ImplementationService service;

  public RecordProgressReportListener(ImplementationService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    String institution = REPORTING_INSTITUTION.from(task).required();
    List<TransformationAction> baseline = ImplementationData.baseline(task);
    List<TransformationAction> asked = ImplementationService.open(baseline, ImplementationData.reports(task)).stream()
        .filter(action -> action.ownerInstitution().equals(institution)).toList();
    ImplementationService.Report report = service.readReport(ACTION_REPORTS.from(task).get(), asked, institution,
        CYCLE_YEAR.from(task).required(), REPORTING_YEAR.from(task).required(),
        ImplementationData.currentUser(task.getProcessEngineServices(), task.getAssignee()), ImplementationData.now(),
        ImplementationInputRejectedException.languageOf(task));
    ImplementationData.append(task, IMPLEMENTATION_REPORTS,
        report.actionReports().stream().map(ActionReport::toMap).toList());
    if (!report.newIndicators().isEmpty()) {
      BASELINE_ACTIONS.on(task).set(service.withAddedIndicators(baseline, report.newIndicators()).stream()
          .map(TransformationAction::toMap).toList());
    }
  }
}
