package org.ssr.workflow.local;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.ssr.workflow.local.LocalReportProcess.Variables;

/**
 * ServiceTask_RecordFollowUpAnswer, in the transaction of the agency's answer: stores it with who answered and when,
 * and keeps it local to this follow-up's branch (Tasklist wrote it on the process instance, where the next answer
 * would overwrite it) for the platform's reading task.
 */
@Component(LocalReportProcess.Beans.RECORD_ANSWER)
public class RecordFollowUpAnswerDelegate implements JavaDelegate {

  private final LocalReportRepository repository;

  public RecordFollowUpAnswerDelegate(LocalReportRepository repository) {
    this.repository = repository;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String answer = Variables.FOLLOW_UP_ANSWER.from(execution).get();
    if (answer == null) {
      throw LocalInputRejectedException.field(LocalInputRejectedException.languageOf(execution),
          Variables.FOLLOW_UP_ANSWER.name(), "noAnswer");
    }
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String by = user == null || user.getUserId() == null ? "unknown" : user.getUserId();
    repository.recordAnswer(Variables.FOLLOW_UP_ID.from(execution).required(), answer, by,
        ClockUtil.getCurrentTime().toInstant());
    execution.getProcessInstance().removeVariableLocal(Variables.FOLLOW_UP_ANSWER.name());
    Variables.FOLLOW_UP_ANSWER.on(execution).setLocal(answer);
    Variables.FOLLOW_UP_ANSWERED_BY.on(execution).setLocal(by);
  }
}
