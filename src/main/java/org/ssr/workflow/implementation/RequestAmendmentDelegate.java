package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.programme.ProgrammeChanges;

/**
 * IntermediateThrowEvent_AmendmentRequested: the annual report asks for an amendment (oversight rejected it, or the
 * coordination unit chose "amend"). It goes the way every other request goes, as AmendmentRequested to this very
 * instance, so there is one amendment path; the yearly cycle goes on beside it.
 */
@Component(ImplementationProcess.Beans.REQUEST_AMENDMENT)
public class RequestAmendmentDelegate implements JavaDelegate {

  static final String OVERSIGHT_BODIES = "oversight bodies";
  static final String COORDINATION_UNIT = "coordinationUnit";

  private static String consolidatedBy(DelegateExecution execution) {
    return execution.getProcessEngineServices().getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ImplementationProcess.Elements.CONSOLIDATE_ANNUAL_REPORT).finished()
        .orderByHistoricTaskInstanceEndTime().desc().listPage(0, 1).stream()
        .map(task -> task.getAssignee()).filter(java.util.Objects::nonNull).findFirst().orElse("unknown");
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean rejected = "rejected".equals(REVIEW_OUTCOME.from(execution).get());
    Integer year = REPORTING_YEAR.from(execution).get();
    String reason = rejected
        ? "The oversight bodies rejected the annual implementation report " + year + ": re-plan."
        : "The coordination unit chose to amend the strategy in the annual implementation report " + year + ".";
    // rejected: the body whose decision closed the review; amend: whoever consolidated the annual report
    String by = rejected ? ImplementationData.currentUser(execution.getProcessEngineServices(), null)
        : consolidatedBy(execution);
    ProgrammeChanges.request(execution.getProcessEngineServices().getRuntimeService(),
        ImplementationProcess.MESSAGE_AMENDMENT_REQUESTED, execution.getProcessInstanceId(), reason, by,
        rejected ? OVERSIGHT_BODIES : COORDINATION_UNIT);
  }
}
