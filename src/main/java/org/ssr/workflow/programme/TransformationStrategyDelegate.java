package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 9: converts the strategy form's dynamic list (Json) into the checked Java list {@code transformationActions}
 * that the financial feasibility plan prices, each action citing gaps and priorities that exist. Synchronous after the form: invalid actions refuse the form.
 */
@Component(ProgrammeProcess.Beans.TRANSFORMATION_STRATEGY)
public class TransformationStrategyDelegate implements JavaDelegate {

  private final TransformationStrategyService strategy;

  public TransformationStrategyDelegate(TransformationStrategyService strategy) {
    this.strategy = strategy;
  }

  @Override
  public void execute(DelegateExecution execution) {
    // an action may cite only the gaps and priorities the programme has (none when steps 6 and 8 were skipped)
    Set<String> gaps = new LinkedHashSet<>();
    ProgrammeContent.storedGaps(GAPS.from(execution).get()).forEach(gap -> gaps.add(gap.id()));
    Set<String> priorities = new LinkedHashSet<>();
    ProgrammeContent.storedPriorities(PRIORITIES.from(execution).get()).forEach(p -> priorities.add(p.id()));
    List<TransformationAction> actions = strategy.actions(STRATEGY_ACTIONS.from(execution).get(),
        INSTITUTIONS.from(execution).get(), gaps, priorities, ProgrammeLanguage.of(execution));
    List<Map<String, Object>> stored = new ArrayList<>();
    actions.forEach(action -> stored.add(action.toMap()));
    TRANSFORMATION_ACTIONS.on(execution).set(stored);
  }
}
