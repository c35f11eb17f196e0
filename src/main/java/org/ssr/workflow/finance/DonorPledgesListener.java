package org.ssr.workflow.finance;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Complete listener of UserTask_RecordDonorPledges: stores the pledges the donor submitted. Invalid pledges refuse
 * the completion with a message naming the pledge, so the donor corrects the form. The form's list variable is
 * removed afterwards so the next donor starts with an empty form.
 */
@Component("donorPledgesListener")
public class DonorPledgesListener implements TaskListener {

  private final FinancialPlanService service;

  public DonorPledgesListener(FinancialPlanService service) {
    this.service = service;
  }

  @Override
  public void notify(DelegateTask task) {
    PlanContext context = ProcessPlanContext.of(task.getExecution());
    Object donor = task.getVariable(FinancialPlanProcess.Var.DONOR);
    if (donor == null) {
      throw new IllegalStateException("UserTask_RecordDonorPledges needs the element variable 'donor'");
    }
    List<Map<String, Object>> entries = ProgrammeVariables.listOfMaps(task.getVariable(FinancialPlanProcess.Var.PLEDGES));
    service.recordPledges(context, donor.toString(), entries, user(task));
    task.getExecution().removeVariable(FinancialPlanProcess.Var.PLEDGES);
  }

  private static String user(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
