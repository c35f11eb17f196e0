package org.ssr.workflow.local;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.ssr.workflow.local.LocalReportProcess.Variables;

/** On the chase and escalation tasks (create): counts how often a follow-up had to be chased, for monitoring. */
@Component(LocalReportProcess.Beans.COUNT_CHASE)
public class CountFollowUpChaseListener implements TaskListener {

  private final LocalReportRepository repository;

  public CountFollowUpChaseListener(LocalReportRepository repository) {
    this.repository = repository;
  }

  @Override
  public void notify(DelegateTask task) {
    repository.countChase(Variables.FOLLOW_UP_ID.from(task).required());
  }
}
