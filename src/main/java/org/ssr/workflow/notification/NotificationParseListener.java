package org.ssr.workflow.notification;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Adds the notification listeners to every deployed model as it is parsed, so no model has to name them: a create
 * listener on every user task (after the model's own listeners) and an end listener on step 12's chase and
 * escalation service tasks; an assignment listener on every user task, for a task given to someone later.
 */
class NotificationParseListener extends AbstractBpmnParseListener {

  private final TaskListener taskCreated;
  private final TaskListener taskAssigned;
  private final ExecutionListener riskChased;

  NotificationParseListener(TaskListener taskCreated, TaskListener taskAssigned, ExecutionListener riskChased) {
    this.taskCreated = taskCreated;
    this.taskAssigned = taskAssigned;
    this.riskChased = riskChased;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior userTask) {
      userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_CREATE, taskCreated);
      userTask.getTaskDefinition().addTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, taskAssigned);
    }
  }

  @Override
  public void parseServiceTask(Element serviceTaskElement, ScopeImpl scope, ActivityImpl activity) {
    if (RiskNotificationListener.appliesTo(activity.getId())) {
      activity.addListener(ExecutionListener.EVENTNAME_END, riskChased);
    }
  }
}
