package org.ssr.workflow.implementation;

import org.camunda.bpm.engine.ProcessEngineServices;

/** Whether an amendment of a programme's strategy is under way: its task is open or its oversight review runs. */
final class Amendments {

  private Amendments() {}

  /**
   * Looks at the wait states of SubProcess_Amendment (its other steps are synchronous), so an amendment opened in the
   * same transaction as the question is not counted: it is the one asking.
   */
  static boolean underWay(ProcessEngineServices engine, String implementationInstanceId) {
    long drafting = engine.getTaskService().createTaskQuery().processInstanceId(implementationInstanceId)
        .taskDefinitionKey(ImplementationProcess.Elements.AMEND_STRATEGY).count();
    long inReview = engine.getRuntimeService().createExecutionQuery().processInstanceId(implementationInstanceId)
        .activityId(ImplementationProcess.Elements.REVIEW_AMENDMENT).count();
    return drafting + inReview > 0;
  }
}
