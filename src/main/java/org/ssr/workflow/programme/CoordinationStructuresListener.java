package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.COORDINATION_STRUCTURES;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.INSTITUTIONS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.REQUIRED_SEGMENTS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.STRUCTURE_MEMBER_OPTIONS;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Step 4, "Establish structures to manage and coordinate" ({@code create} and {@code complete}): offers the members
 * (the programme's institutions, oversight bodies and required segments) and keeps the structures as checked records
 * in {@code coordinationStructures}, which the programme's status shows.
 */
@Component(ProgrammeProcess.Beans.COORDINATION_STRUCTURES)
public class CoordinationStructuresListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      STRUCTURE_MEMBER_OPTIONS.on(task.getExecution()).set(CoordinationStructures.memberOptions(
          INSTITUTIONS.from(task).get(), REQUIRED_SEGMENTS.from(task).get(),
          ProgrammeWords.of(ProgrammeLanguage.of(task))));
    } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      COORDINATION_STRUCTURES.on(task.getExecution()).set(CoordinationStructures.validate(
          COORDINATION_STRUCTURES.from(task).get(), STRUCTURE_MEMBER_OPTIONS.from(task).get(),
          ProgrammeLanguage.of(task)));
    }
  }
}
