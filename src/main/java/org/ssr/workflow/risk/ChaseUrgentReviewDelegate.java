package org.ssr.workflow.risk;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.RiskHandlingProcess.Elements;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * ServiceTask_ChaseUrgentReview (every day while a critical risk waits for its urgent review): records the chase
 * and raises the urgent review task to the top of the programme managers' Tasklist.
 */
@Component("chaseUrgentReviewDelegate")
public class ChaseUrgentReviewDelegate implements JavaDelegate {

  static final int TOP_PRIORITY = 100;

  private final RiskLadder ladder;

  public ChaseUrgentReviewDelegate(RiskLadder ladder) {
    this.ladder = ladder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Integer previous = RiskVariables.integer(execution, Variables.RISK_CHASE_COUNT);
    int count = (previous == null ? 0 : previous) + 1;
    execution.setVariable(Variables.RISK_CHASE_COUNT, count);
    RiskVariables.appendLog(execution, ladder.chased(RiskVariables.level(execution), count, RiskVariables.now()));
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Elements.URGENT_REVIEW).list()) {
      tasks.setPriority(task.getId(), TOP_PRIORITY);
    }
  }
}
