package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.decision.DecisionRecord;
import org.ssr.workflow.engine.Conversions;

/**
 * Leaves the programme summary in variables Cockpit shows (programmeStatus, programmeSummary, programmeSummaryDetails),
 * both when the programme is ready for implementation and when a critical risk ended it. The decisions are counted from
 * the programme's decision record, read in the engine's transaction (so a decision taken in it is included).
 */
@Component(ProgrammeProcess.Beans.PROGRAMME_SUMMARY)
public class ProgrammeSummaryDelegate implements JavaDelegate {

  private final ProgrammeSummaryService summaries;
  private final DecisionRecord decisions;

  public ProgrammeSummaryDelegate(ProgrammeSummaryService summaries, DecisionRecord decisions) {
    this.summaries = summaries;
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean ended = ProgrammeProcess.Elements.RECORD_PROGRAMME_END.equals(execution.getCurrentActivityId());
    List<ScopedStep> skipped = new ArrayList<>();
    for (Map<String, Object> record : SKIPPED_STEPS.from(execution).get()) {
      String name = SKIPPED_STEPS.name();
      skipped.add(new ScopedStep(Conversions.integer(name, record.get("step")),
          Conversions.text(name, record.get("title")), false, Conversions.text(name, record.get("justification"))));
    }
    String code = PROGRAMME_CODE.from(execution).get();
    ProgrammeSummary summary = summaries.summarise(
        code,
        PROGRAMME_NAME.from(execution).get(),
        PROGRAMME_TERM.from(execution).get(),
        decisions.entries(code),
        skipped,
        NSP_VERSION.from(execution).orElse(0),
        FINANCIAL_PLAN_VERSION.from(execution).get(),
        TRANSFORMATION_ACTIONS.from(execution).get().size(),
        ended,
        PROGRAMME_END_REASON.from(execution).get());
    PROGRAMME_STATUS.on(execution).set(summary.status());
    PROGRAMME_SUMMARY.on(execution).set(summary.text());
    PROGRAMME_SUMMARY_DETAILS.on(execution).set(summary.details());
  }
}
