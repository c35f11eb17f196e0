package org.ssr.workflow.finance;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.VariableRejectedException;
import org.ssr.workflow.finance.FinancialPlanProcess.Variables;
import org.ssr.workflow.programme.ProgrammeLanguage;
import org.ssr.workflow.programme.ProgrammeWords;

/**
 * Task listener of UserTask_RecordDonorPledges, one bean for both events so the model names it once.
 *
 * <p>On create: offers the strategy's actions, the programme's institutions and the NSP's priorities as the form's
 * select options ({@link Variables#ACTION_OPTIONS}, {@link Variables#INSTITUTION_OPTIONS},
 * {@link Variables#PRIORITY_OPTIONS}, task-local
 * Json, so each donor's task shows the lists as they are when it opens and nothing outlives the task).
 *
 * <p>On complete: stores the pledges the donor submitted. Invalid pledges refuse the completion with a message naming
 * the pledge ({@link PledgesRejectedException}, 400), so the donor corrects the form. The form's list variable is
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
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      offerChoices(task);
    } else {
      recordPledges(task);
    }
  }

  private static void offerChoices(DelegateTask task) {
    PlanContext context = ProcessPlanContext.of(task.getExecution());
    ProgrammeWords words = ProgrammeWords.of(ProgrammeLanguage.of(task));
    Variables.ACTION_OPTIONS.on(task).setLocal(PledgeOptions.actions(context, words));
    Variables.INSTITUTION_OPTIONS.on(task).setLocal(PledgeOptions.institutions(context, words));
    Variables.PRIORITY_OPTIONS.on(task).setLocal(PledgeOptions.priorities(context));
  }

  private void recordPledges(DelegateTask task) {
    PlanContext context = ProcessPlanContext.of(task.getExecution());
    String donor = Variables.DONOR.from(task).get();
    if (donor == null) {
      throw new IllegalStateException("UserTask_RecordDonorPledges needs the element variable 'donor'");
    }
    service.recordPledges(context, donor, entries(task), user(task), donorLanguage(task));
    Variables.PLEDGES.on(task.getExecution()).remove();
  }

  /** The submitted list; anything else (a REST client's text or single object) is refused, not a server error. */
  private static List<Map<String, Object>> entries(DelegateTask task) {
    try {
      return Variables.PLEDGES.from(task).get();
    } catch (VariableRejectedException notAList) {
      String language = donorLanguage(task);
      throw new PledgesRejectedException(language, List.of(PledgesRejectedException.problem(language, "notAList")));
    }
  }

  /**
   * The donor's language (docs/languages.md): the request's Accept-Language when submitted in Tasklist or REST, else
   * the programme's.
   */
  private static String donorLanguage(DelegateTask task) {
    return Languages.ofPerson(ProgrammeLanguage.of(task));
  }

  private static String user(DelegateTask task) {
    if (task.getAssignee() != null) {
      return task.getAssignee();
    }
    Authentication auth = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth == null ? null : auth.getUserId();
  }
}
