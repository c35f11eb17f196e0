package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.engine.VariableRejectedException;

/**
 * Task listener of the dialog session tasks (step 1) and the regional consultations (step 2), one bean for both events.
 *
 * <p>On create: shows the ledger ({@code agreementLedgerText}) and offers its open items to the form's changes
 * ({@code agreementOptions}), both task-local, so each form shows the ledger as it is when the task opens.
 *
 * <p>On complete: records the session's new items and changes in the programme's {@code agreementLedger}; a change the
 * ledger refuses (unknown item, withdrawal without reason) refuses the form with 400. The form's two lists are removed
 * afterwards so the next session's form starts empty.
 */
@Component(ProgrammeProcess.Beans.AGREEMENT_LEDGER)
public class AgreementLedgerListener implements TaskListener {

  private final AgreementLedgerService ledger;

  public AgreementLedgerListener(AgreementLedgerService ledger) {
    this.ledger = ledger;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution programme = task.getExecution().getProcessInstance();
    List<Map<String, Object>> items = AGREEMENT_LEDGER.from(programme).get();
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ProgrammeWords words = ProgrammeWords.of(ProgrammeLanguage.of(task));
      AGREEMENT_LEDGER_TEXT.on(task).setLocal(ledger.describe(items, words));
      AGREEMENT_OPTIONS.on(task).setLocal(ledger.options(items, words));
      return;
    }
    String language = ProgrammeLanguage.of(task);
    List<Map<String, Object>> updated = ledger.record(items, list(task, NEW_AGREEMENTS, language),
        list(task, AGREEMENT_CHANGES, language),
        new AgreementLedgerService.Session(session(task), user(task), ClockUtil.getCurrentTime().toInstant(),
            language));
    AGREEMENT_LEDGER.on(programme).set(updated);
    NEW_AGREEMENTS.on(task.getExecution()).remove();
    AGREEMENT_CHANGES.on(task.getExecution()).remove();
  }

  /** Which session changed the ledger: the dialog round being recorded, or the region consulted. */
  private static String session(DelegateTask task) {
    if (ProgrammeProcess.Elements.REGIONAL_CONSULTATION.equals(task.getTaskDefinitionKey())) {
      return "regional consultation " + REGION.from(task).get();
    }
    // the inclusiveness check appends this session to dialogSessions after the task
    return "dialog round " + (DIALOG_SESSIONS.from(task).get().size() + 1);
  }

  private static List<Map<String, Object>> list(DelegateTask task, Variable<List<Map<String, Object>>> variable,
      String language) {
    try {
      return variable.from(task).get();
    } catch (VariableRejectedException notAList) {
      throw ProgrammeInputRejectedException.refused(language, "agreements.notAList", variable.name(),
          "[{\"text\": \"The police serve the people\", \"status\": \"agreed\", \"agreedBy\": [\"youth\"]}]");
    }
  }

  private static String user(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }
}
