package org.ssr.workflow.finance;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/** The plan context of the programme an execution belongs to (business key = programme code). */
final class ProcessPlanContext {

  private ProcessPlanContext() {}

  static String programmeCode(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    if (key == null || key.isBlank()) {
      Object code = execution.getVariable(ProgrammeVariables.PROGRAMME_CODE);
      key = code == null ? null : code.toString();
    }
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("process instance " + execution.getProcessInstanceId()
          + " has neither a business key nor a programmeCode variable");
    }
    return key;
  }

  static PlanContext of(DelegateExecution execution) {
    return ProgrammeVariables.toContext(programmeCode(execution), execution.getVariables());
  }
}
