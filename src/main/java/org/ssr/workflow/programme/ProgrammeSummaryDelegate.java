package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Leaves the programme summary in variables Cockpit shows (programmeStatus, programmeSummary, programmeSummaryDetails),
 * both when the programme is ready for implementation and when a critical risk ended it.
 */
@Component(ProgrammeProcess.Beans.PROGRAMME_SUMMARY)
public class ProgrammeSummaryDelegate implements JavaDelegate {

  private final ProgrammeSummaryService summaries;
  private final DecisionLogService decisionLog;

  public ProgrammeSummaryDelegate(ProgrammeSummaryService summaries, DecisionLogService decisionLog) {
    this.summaries = summaries;
    this.decisionLog = decisionLog;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean ended = ProgrammeProcess.Elements.RECORD_PROGRAMME_END.equals(execution.getCurrentActivityId());
    List<ScopedStep> scope = new ArrayList<>();
    for (Map<String, Object> record : VariableValues.records(STEP_SCOPE.from(execution).get())) {
      scope.add(new ScopedStep(VariableValues.integer(record.get("step")), String.valueOf(record.get("title")),
          VariableValues.isTrue(record.get("applies")), VariableValues.text(record.get("justification"))));
    }
    Object plan = FINANCIAL_PLAN_VERSION.from(execution).get();
    ProgrammeSummary summary = summaries.summarise(
        VariableValues.text(PROGRAMME_CODE.from(execution).get()),
        VariableValues.text(PROGRAMME_NAME.from(execution).get()),
        VariableValues.text(PROGRAMME_TERM.from(execution).get()),
        decisionLog.read(VariableValues.jsonText(DECISION_LOG.from(execution).get())),
        scope,
        VariableValues.integer(NSP_VERSION.from(execution).get()),
        plan == null ? null : VariableValues.integer(plan),
        VariableValues.records(TRANSFORMATION_ACTIONS.from(execution).get()).size(),
        ended,
        VariableValues.text(PROGRAMME_END_REASON.from(execution).get()));
    execution.setVariable(PROGRAMME_STATUS.name(), summary.status());
    execution.setVariable(PROGRAMME_SUMMARY.name(), summary.text());
    execution.setVariable(PROGRAMME_SUMMARY_DETAILS.name(),
        VariableValues.json(VariableValues.jsonText(summary.details())));
  }
}
