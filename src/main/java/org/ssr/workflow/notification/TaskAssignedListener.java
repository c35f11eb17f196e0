package org.ssr.workflow.notification;

import java.util.List;
import java.util.Objects;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * On every user task's assignment (added to each model by {@link NotificationParseListener}): when someone gives an
 * existing task to another person — a manager assigning a body's review to one member, a delegation — that person is
 * told, as on a task's creation. Nobody is told of a task they claimed themselves, and a task assigned as it is created
 * is announced once, by {@link TaskNotificationListener}.
 */
class TaskAssignedListener implements TaskListener {

  private final NotificationWriter writer;

  TaskAssignedListener(NotificationWriter writer) {
    this.writer = writer;
  }

  @Override
  public void notify(DelegateTask task) {
    String assignee = task.getAssignee();
    CommandContext command = Context.getCommandContext();
    if (assignee == null || Objects.equals(assignee, command.getAuthenticatedUserId())) {
      return;
    }
    command.runWithoutAuthorization(() -> {
      ProcessEngineServices engine = task.getProcessEngineServices();
      // a task created in this command is not in the database yet: its creation announces it
      if (engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0) {
        return null;
      }
      NotificationMessages.Work work = NotificationWriter.work(engine, task, task.getProcessDefinitionId(),
          task.getName(), task.getDueDate(), task.getId());
      writer.write(NotificationKind.TASK, work, task.getProcessInstanceId(),
          Recipients.of(engine.getIdentityService(), assignee, List.of(), List.of()));
      return null;
    });
  }
}
