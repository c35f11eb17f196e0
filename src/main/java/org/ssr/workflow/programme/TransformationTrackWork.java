package org.ssr.workflow.programme;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.SuspensionState;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;

/**
 * Holds and resumes the open work of the transformation track (track B, steps 4-10): its user tasks, the
 * oversight reviews it called (with their tasks and deadline timers) and its jobs; after the plan, the open work of
 * the implementation's yearly cycle. Tracks A and C, risk management and amendments keep running.
 *
 * <p>Camunda suspends only whole process instances through its API, and the track is one branch of the programme
 * instance; so the programme's own executions, tasks and jobs of the track are suspended one by one as entities
 * (what the engine's bulk suspension does for a whole instance), and each called review as a whole. A suspended task
 * cannot be completed or its form submitted; Tasklist shows it with the prefix {@value #ON_HOLD_PREFIX}, which the
 * resume removes again, so the task comes back identical.
 */
final class TransformationTrackWork {

  static final String ON_HOLD_PREFIX = "On hold: ";
  private static final String MULTI_INSTANCE_BODY = "#multiInstanceBody";

  void hold(DelegateExecution programme) {
    apply(programme, SuspensionState.SUSPENDED);
    ProgrammeProcess.Variables.TRANSFORMATION_TRACK_SUSPENDED.on(programme.getProcessInstance()).set(true);
  }

  /**
   * Activates the held work, then clears transformationTrackSuspended: that re-evaluates the conditional event
   * "Oversight in place?", which a hold keeps from moving its (then suspended) execution.
   */
  void resume(DelegateExecution programme) {
    apply(programme, SuspensionState.ACTIVE);
    ProgrammeProcess.Variables.TRANSFORMATION_TRACK_SUSPENDED.on(programme.getProcessInstance()).set(false);
  }

  private void apply(DelegateExecution programme, SuspensionState state) {
    CommandContext context = Context.getCommandContext();
    String instanceId = programme.getProcessInstanceId();
    // the programme instance itself stays active: tracks A and C and risk management run in it
    hold(context, instanceId, trackElements(programme.getBpmnModelInstance()), state);
    for (ExecutionEntity execution : context.getExecutionManager().findExecutionsByProcessInstanceId(instanceId)) {
      ExecutionEntity implementation = execution.getSubProcessInstance();
      if (implementation != null && ProgrammeProcess.Elements.PROGRAMME_IMPLEMENTATION.equals(activityOf(execution))) {
        applyToImplementationWork(context, implementation, state);
      }
    }
  }

  /**
   * Implementation carries the transformation on after the plan, so a hold holds its work too: the yearly cycle's
   * open report, chase, upload and annual-report tasks, its timers (the next reporting year, the report deadlines)
   * and the oversight review of an annual report or a final evaluation. Its event subprocesses stay open: an
   * amendment under way (re-planning is one way out of a critical risk) goes on. The implementation instance itself
   * stays active, so it can still take an amendment request.
   */
  private void applyToImplementationWork(CommandContext context, ExecutionEntity implementation,
      SuspensionState state) {
    BpmnModelInstance model = Context.getProcessEngineConfiguration().getDeploymentCache()
        .findBpmnModelInstanceForProcessDefinition(implementation.getProcessDefinitionId());
    hold(context, implementation.getId(), mainFlowElements(model), state);
  }

  /**
   * Suspends (or activates) what an instance runs in the given elements: their executions (not the instance's own),
   * whatever they called, their tasks (marked) and their jobs.
   */
  private void hold(CommandContext context, String instanceId, Set<String> elements, SuspensionState state) {
    for (ExecutionEntity execution : context.getExecutionManager().findExecutionsByProcessInstanceId(instanceId)) {
      if (!elements.contains(activityOf(execution))) {
        continue;
      }
      if (!execution.isProcessInstanceExecution()) {
        execution.setSuspensionState(state.getStateCode());
      }
      ExecutionEntity called = execution.getSubProcessInstance();
      if (called != null) {
        applyToWholeInstance(context, called.getId(), state);
      }
    }
    for (TaskEntity task : context.getTaskManager().findTasksByProcessInstanceId(instanceId)) {
      if (elements.contains(task.getTaskDefinitionKey())) {
        mark(task, state);
      }
    }
    for (JobEntity job : context.getJobManager().findJobsByProcessInstanceId(instanceId)) {
      if (elements.contains(job.getActivityId())) {
        job.setSuspensionState(state.getStateCode());
      }
    }
  }

  /** The flow nodes of a model outside its event subprocesses (those, and what is inside them, are left out). */
  static Set<String> mainFlowElements(BpmnModelInstance model) {
    Set<String> nodes = new HashSet<>();
    for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
      if (!insideEventSubProcess(node)) {
        nodes.add(node.getId());
      }
    }
    return nodes;
  }

  private static boolean insideEventSubProcess(FlowNode node) {
    for (org.camunda.bpm.model.xml.instance.ModelElementInstance element = node; element != null;
        element = element.getParentElement()) {
      if (element instanceof SubProcess subProcess && subProcess.triggeredByEvent()) {
        return true;
      }
    }
    return false;
  }

  /** A called oversight review belongs to the track as a whole; Cockpit shows it suspended. */
  private void applyToWholeInstance(CommandContext context, String instanceId, SuspensionState state) {
    for (ExecutionEntity execution : context.getExecutionManager().findExecutionsByProcessInstanceId(instanceId)) {
      execution.setSuspensionState(state.getStateCode());
      ExecutionEntity called = execution.getSubProcessInstance();
      if (called != null) {
        applyToWholeInstance(context, called.getId(), state);
      }
    }
    for (TaskEntity task : context.getTaskManager().findTasksByProcessInstanceId(instanceId)) {
      mark(task, state);
    }
    for (JobEntity job : context.getJobManager().findJobsByProcessInstanceId(instanceId)) {
      job.setSuspensionState(state.getStateCode());
    }
  }

  private static void mark(TaskEntity task, SuspensionState state) {
    String name = task.getName() == null ? "" : task.getName();
    if (state == SuspensionState.SUSPENDED && !name.startsWith(ON_HOLD_PREFIX)) {
      task.setName(ON_HOLD_PREFIX + name);
    } else if (state == SuspensionState.ACTIVE && name.startsWith(ON_HOLD_PREFIX)) {
      task.setName(name.substring(ON_HOLD_PREFIX.length()));
    }
    task.setSuspensionState(state.getStateCode());
  }

  private static String activityOf(ExecutionEntity execution) {
    String activity = execution.getActivityId();
    return activity != null && activity.endsWith(MULTI_INSTANCE_BODY)
        ? activity.substring(0, activity.length() - MULTI_INSTANCE_BODY.length())
        : activity;
  }

  /**
   * The flow nodes of the transformation track, read from the model: everything reachable from the flow
   * {@code Flow_TrackB} before {@code Gateway_TracksJoin}, with the contents of its subprocesses and the boundary
   * events of its activities. Reading the model keeps the hold right when steps are added to the track.
   */
  static Set<String> trackElements(BpmnModelInstance model) {
    Map<String, List<BoundaryEvent>> boundaries = new HashMap<>();
    for (BoundaryEvent boundary : model.getModelElementsByType(BoundaryEvent.class)) {
      boundaries.computeIfAbsent(boundary.getAttachedTo().getId(), id -> new java.util.ArrayList<>()).add(boundary);
    }
    SequenceFlow start = model.getModelElementById(ProgrammeProcess.Elements.FLOW_TRACK_B);
    Set<String> track = new HashSet<>();
    Deque<FlowNode> todo = new ArrayDeque<>();
    todo.push(start.getTarget());
    while (!todo.isEmpty()) {
      FlowNode node = todo.pop();
      if (node.getId().equals(ProgrammeProcess.Elements.TRACKS_JOIN) || !track.add(node.getId())) {
        continue;
      }
      node.getOutgoing().forEach(flow -> todo.push(flow.getTarget()));
      boundaries.getOrDefault(node.getId(), List.of()).forEach(todo::push);
      if (node instanceof SubProcess subProcess) {
        subProcess.getChildElementsByType(FlowNode.class).forEach(todo::push);
      }
    }
    return track;
  }
}
