package org.ssr.workflow.programme;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.AsApplication;
import org.ssr.workflow.engine.FormTranslations;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.programme.ProgrammeProcess.Variables;

/**
 * Picks the Camunda Form of a user task in its programme's language (docs/languages.md): every user task's formRef is
 * {@code ${forms.ref('<form id>', execution)}}, evaluated by the engine whenever Tasklist or {@code FormService} asks
 * for the task's form. The language is {@code programmeLanguage} where the task's process sees it (the programme, and
 * the processes its call activities start); a process started on its own for a programme (a risk report, a local
 * security report, the local platforms) reads it from the programme its {@code programmeCode} names. Missing (a
 * programme set up before languages existed, a test without programme) reads as English: the form id itself.
 */
@Component(ProgrammeProcess.Beans.FORMS)
public class ProgrammeForms {

  /** The id of form {@code name} in the language of the programme the execution (or task) belongs to. */
  public String ref(String name, VariableScope scope) {
    return FormTranslations.formId(name, languageOf(scope));
  }

  /**
   * The programme's language code for an execution or task, English when none is known. The programme is read as the
   * application: whoever may see the task may see its form, whatever their grants on the programme.
   */
  public static String languageOf(VariableScope scope) {
    String language = Variables.PROGRAMME_LANGUAGE.from(scope).get();
    if (language != null) {
      return Languages.orEnglish(language);
    }
    Optional<ProgrammeCode> code = ProgrammeCode.parse(Variables.PROGRAMME_CODE.from(scope).get());
    ProcessEngineServices engine = scope instanceof DelegateTask task ? task.getProcessEngineServices()
        : scope instanceof DelegateExecution execution ? execution.getProcessEngineServices() : null;
    if (code.isEmpty() || engine == null) {
      return Languages.ENGLISH;
    }
    return AsApplication.call(engine.getIdentityService(), () -> Languages.orEnglish(
        ProgrammeDirectory.of(engine).running(code.get())
            .map(programme -> Variables.PROGRAMME_LANGUAGE.from(engine.getRuntimeService()
                .getVariables(programme.getId(), List.of(Variables.PROGRAMME_LANGUAGE.name()))).get())
            .orElse(null)));
  }
}
