package org.ssr.workflow.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.risk.RiskHandlingProcess;

/**
 * At the end of step 12's chase and escalation service tasks: a chase of an overdue urgent review tells those it
 * waits for again (linking to it); an escalation to high or critical tells the coordination unit (whose deadline was
 * missed) and the programme managers (who now decide).
 */
class RiskNotificationListener implements ExecutionListener {

  static final List<String> ESCALATED_TO = List.of(SsrGroups.COORDINATION_UNIT, SsrGroups.PROGRAMME_MANAGERS);

  private final NotificationWriter writer;

  RiskNotificationListener(NotificationWriter writer) {
    this.writer = writer;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Context.getCommandContext().runWithoutAuthorization(() -> {
      write(execution);
      return null;
    });
  }

  private void write(DelegateExecution execution) {
    ProcessEngineServices engine = execution.getProcessEngineServices();
    if (RiskHandlingProcess.Elements.CHASE_URGENT_REVIEW.equals(execution.getCurrentActivityId())) {
      for (Task review : engine.getTaskService().createTaskQuery()
          .processInstanceId(execution.getProcessInstanceId())
          .taskDefinitionKey(RiskHandlingProcess.Elements.URGENT_REVIEW).list()) {
        List<String> users = new ArrayList<>();
        List<String> groups = new ArrayList<>();
        for (IdentityLink link : engine.getTaskService().getIdentityLinksForTask(review.getId())) {
          if (IdentityLinkType.CANDIDATE.equals(link.getType())) {
            if (link.getUserId() != null) {
              users.add(link.getUserId());
            } else if (link.getGroupId() != null) {
              groups.add(link.getGroupId());
            }
          }
        }
        writer.write(NotificationKind.CHASE, NotificationWriter.work(engine, execution,
            execution.getProcessDefinitionId(), review.getName(), review.getDueDate(), review.getId()),
            execution.getProcessInstanceId(),
            Recipients.of(engine.getIdentityService(), review.getAssignee(), users, groups));
      }
      return;
    }
    String step = execution.getCurrentActivityName() != null ? execution.getCurrentActivityName()
        : execution.getCurrentActivityId();
    writer.write(NotificationKind.ESCALATION, NotificationWriter.work(engine, execution,
        execution.getProcessDefinitionId(), step, null, null), execution.getProcessInstanceId(),
        Recipients.ofGroups(engine.getIdentityService(), ESCALATED_TO));
  }

  /** The service tasks this listener is added to. */
  static boolean appliesTo(String activityId) {
    return RiskHandlingProcess.Elements.CHASE_URGENT_REVIEW.equals(activityId)
        || RiskHandlingProcess.Elements.ESCALATE_TO_HIGH.equals(activityId)
        || RiskHandlingProcess.Elements.ESCALATE_TO_CRITICAL.equals(activityId);
  }
}
