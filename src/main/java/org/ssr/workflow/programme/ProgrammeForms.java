package org.ssr.workflow.programme;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.FormTranslations;

/**
 * Picks the Camunda Form of a user task in its programme's language (docs/languages.md): every user task's formRef is
 * {@code ${forms.ref('<form id>', execution)}}, evaluated by the engine whenever Tasklist or {@code FormService} asks
 * for the task's form. The language is {@code programmeLanguage} where the task's process sees it (the programme, and
 * the processes its call activities and signals start, and a risk report, a local security report or a change request,
 * which keep it at their start: {@link ProgrammeLanguage#keep}); else the programme its {@code programmeCode} names.
 * Missing (a programme set up before languages existed, a test without programme) reads as English: the form id itself.
 */
@Component(ProgrammeProcess.Beans.FORMS)
public class ProgrammeForms {

  /** The id of form {@code name} in the language of the programme the execution (or task) belongs to. */
  public String ref(String name, VariableScope scope) {
    return FormTranslations.formId(name, languageOf(scope));
  }

  /** The programme's language code for an execution or task, English when none is known ({@link ProgrammeLanguage}). */
  public static String languageOf(VariableScope scope) {
    ProcessEngineServices engine = scope instanceof DelegateTask task ? task.getProcessEngineServices()
        : scope instanceof DelegateExecution execution ? execution.getProcessEngineServices() : null;
    return ProgrammeLanguage.of(engine, scope);
  }
}
