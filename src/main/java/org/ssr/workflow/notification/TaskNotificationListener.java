package org.ssr.workflow.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.ssr.workflow.oversight.OversightReviewProcess;

/**
 * On every user task's creation (added to each model by {@link NotificationParseListener}, after the model's own
 * listeners so the candidates are final): a message to each person the task waits for. A chase or escalation of an
 * overdue oversight review also tells the members of the body whose review is overdue, linking to their review.
 */
class TaskNotificationListener implements TaskListener {

  private final NotificationWriter writer;

  TaskNotificationListener(NotificationWriter writer) {
    this.writer = writer;
  }

  @Override
  public void notify(DelegateTask task) {
    // recipients are looked up as the application: the user who completed the previous step may not read users
    Context.getCommandContext().runWithoutAuthorization(() -> {
      write(task);
      return null;
    });
  }

  private void write(DelegateTask task) {
    ProcessEngineServices engine = task.getProcessEngineServices();
    NotificationKind kind = kindOf(task.getTaskDefinitionKey());
    List<String> users = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    for (IdentityLink link : task.getCandidates()) {
      if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getUserId() != null) {
        users.add(link.getUserId());
      } else if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
        groups.add(link.getGroupId());
      }
    }
    NotificationMessages.Work work = NotificationWriter.work(engine, task, task.getProcessDefinitionId(),
        task.getName(), task.getDueDate(), task.getId());
    writer.write(kind, work, task.getProcessInstanceId(),
        Recipients.of(engine.getIdentityService(), task.getAssignee(), users, groups));
    if (kind != NotificationKind.TASK) {
      tellOverdueBody(task, kind);
    }
  }

  /** The body whose review is overdue hears of the chase too, with a link to its own review task. */
  private void tellOverdueBody(DelegateTask chase, NotificationKind kind) {
    String body = OversightReviewProcess.Variables.REVIEW_GROUP.from(chase).get();
    if (body == null) {
      return;
    }
    ProcessEngineServices engine = chase.getProcessEngineServices();
    for (Task review : engine.getTaskService().createTaskQuery().processInstanceId(chase.getProcessInstanceId())
        .taskDefinitionKey(OversightReviewProcess.Elements.REVIEW_TASK).taskCandidateGroup(body).list()) {
      NotificationMessages.Work work = NotificationWriter.work(engine, chase, chase.getProcessDefinitionId(),
          review.getName(), review.getDueDate(), review.getId());
      writer.write(kind, work, chase.getProcessInstanceId(),
          Recipients.ofGroups(engine.getIdentityService(), List.of(body)));
    }
  }

  static NotificationKind kindOf(String taskDefinitionKey) {
    if (OversightReviewProcess.Elements.CHASE_OVERDUE_REVIEW.equals(taskDefinitionKey)) {
      return NotificationKind.CHASE;
    }
    if (OversightReviewProcess.Elements.ESCALATE_OVERDUE_REVIEW.equals(taskDefinitionKey)) {
      return NotificationKind.ESCALATION;
    }
    return NotificationKind.TASK;
  }
}
