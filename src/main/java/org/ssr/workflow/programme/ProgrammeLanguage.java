package org.ssr.workflow.programme;

import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.ssr.workflow.engine.Languages;

/**
 * The programme's language ({@link ProgrammeProcess.Variables#PROGRAMME_LANGUAGE}, chosen at set-up; missing = English)
 * as seen from anywhere the programme runs: its own instance and the processes it calls (up the call chain), or a
 * process started on its own for the programme (a risk report, a local report), found by its programme code or
 * business key. Every text the server writes for the programme's forms is written in it (docs/languages.md, "Values
 * the forms show").
 */
public final class ProgrammeLanguage {

  private ProgrammeLanguage() {
  }

  /** The language of the programme a task belongs to; English for a task outside any programme. */
  public static String of(DelegateTask task) {
    return task.getExecution() == null ? Languages.ENGLISH : of(task.getExecution());
  }

  public static String of(DelegateExecution execution) {
    String code = null;
    for (DelegateExecution scope = execution; scope != null; scope = scope.getProcessInstance().getSuperExecution()) {
      String language = ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.from(scope).get();
      if (language != null) {
        return Languages.orEnglish(language);
      }
      if (String.valueOf(scope.getProcessDefinitionId()).startsWith(ProgrammeProcess.KEY + ":")) {
        return Languages.ENGLISH; // the programme itself chose none: set up before #19
      }
      if (code == null) {
        code = ProgrammeProcess.Variables.PROGRAMME_CODE.from(scope).get();
      }
      if (code == null) {
        code = scope.getProcessBusinessKey();
      }
    }
    return ofProgramme(execution, code);
  }

  /** A process of its own (not called by the programme): the running programme with that code says. */
  private static String ofProgramme(DelegateExecution execution, String code) {
    Optional<ProgrammeCode> programme = ProgrammeCode.parse(code);
    if (programme.isEmpty()) {
      return Languages.ENGLISH;
    }
    ProgrammeDirectory directory = ProgrammeDirectory.of(execution.getProcessEngineServices());
    CommandContext command = Context.getCommandContext();
    String language = command == null ? read(directory, execution, programme.get())
        : command.runWithoutAuthorization(() -> read(directory, execution, programme.get()));
    return Languages.orEnglish(language);
  }

  private static String read(ProgrammeDirectory directory, DelegateExecution execution, ProgrammeCode code) {
    return directory.running(code)
        .map(instance -> execution.getProcessEngineServices().getRuntimeService().getVariables(instance.getId(),
            List.of(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name())))
        .map(variables -> ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.from(variables).get())
        .orElse(null);
  }
}
