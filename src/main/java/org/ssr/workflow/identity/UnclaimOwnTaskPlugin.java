package org.ssr.workflow.identity;

import java.lang.reflect.Field;
import java.util.ArrayList;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.springframework.stereotype.Component;

/**
 * Lets a user give back a task they claimed. Candidates hold TASK_WORK, not UPDATE (application.yaml): they may claim
 * and complete but never hand a task to someone else. The engine's claim command with no user (which only needs
 * TASK_WORK) releases a task; the REST API's and Tasklist's "unclaim", however, is {@code setAssignee(task, null)},
 * which needs TASK_ASSIGN. This interceptor runs that one case, where the caller is the task's current assignee, as
 * the claim-release; every other assignment keeps its TASK_ASSIGN check.
 */
@Component
public class UnclaimOwnTaskPlugin extends AbstractProcessEnginePlugin {

  private static final Field USER_ID = field(AbstractAddIdentityLinkCmd.class, "userId");
  private static final Field TASK_ID = field(AbstractSetTaskPropertyCmd.class, "taskId");

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPreCommandInterceptorsTxRequired() == null) {
      configuration.setCustomPreCommandInterceptorsTxRequired(new ArrayList<>());
    }
    configuration.getCustomPreCommandInterceptorsTxRequired().add(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        if (command instanceof AssignTaskCmd assign && read(USER_ID, assign) == null) {
          String taskId = (String) read(TASK_ID, assign);
          return next.execute(context -> {
            TaskEntity task = taskId == null ? null : context.getTaskManager().findTaskById(taskId);
            Authentication caller = context.getAuthentication();
            if (task != null && caller != null && caller.getUserId() != null
                && caller.getUserId().equals(task.getAssignee())) {
              new ClaimTaskCmd(taskId, null).execute(context);
              return null;
            }
            return command.execute(context);
          });
        }
        return next.execute(command);
      }
    });
  }

  private static Field field(Class<?> type, String name) {
    try {
      Field field = type.getDeclaredField(name);
      field.setAccessible(true);
      return field;
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("Camunda's " + type.getSimpleName() + " has no field " + name
          + ": check UnclaimOwnTaskPlugin after an engine upgrade", e);
    }
  }

  private static Object read(Field field, Object target) {
    try {
      return field.get(target);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
