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
    int count = Variables.RISK_CHASE_COUNT.from(execution).orElse(0) + 1;
    Variables.RISK_CHASE_COUNT.on(execution).set(count);
    RiskState.appendLog(execution, ladder.chased(Variables.RISK_LEVEL.from(execution).get(), count, RiskState.now()));
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    for (Task task : tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(Elements.URGENT_REVIEW).list()) {
      tasks.setPriority(task.getId(), TOP_PRIORITY);
    }
  }
}
