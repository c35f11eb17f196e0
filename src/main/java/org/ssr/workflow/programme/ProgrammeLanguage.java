package org.ssr.workflow.programme;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.ssr.workflow.engine.Languages;

/**
 * The programme's language ({@link ProgrammeProcess.Variables#PROGRAMME_LANGUAGE}, docs/languages.md) as whatever the
 * programme produces reads it: a supported code, English when the programme has none (set up before the choice
 * existed) or work outside any programme. The oversight reviews, risks and implementation a programme calls do not
 * carry the variable themselves: it is read from the nearest scope that has it, up the call chain, else from the
 * programme with the work's code.
 */
public final class ProgrammeLanguage {

  private ProgrammeLanguage() {
  }

  /** The language of the nearest scope up the call chain to the programme that has one. */
  public static String of(DelegateExecution execution) {
    String found = nearest(execution);
    return found == null ? Languages.ENGLISH : found;
  }

  /**
   * The language of a scope (an execution or a task), else of the nearest scope up its call chain, else of the
   * programme with the scope's code (work read outside a listener, e.g. a task's variables for a reminder).
   */
  public static String of(ProcessEngineServices engine, VariableScope scope) {
    String found = ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.from(scope).get();
    if (found != null && !found.isBlank()) {
      return Languages.orEnglish(found);
    }
    DelegateExecution execution = scope instanceof DelegateExecution e ? e
        : scope instanceof DelegateTask task ? task.getExecution() : null;
    found = execution == null ? null : nearest(execution);
    return found != null ? found : ofCode(engine, ProgrammeProcess.Variables.PROGRAMME_CODE.from(scope).get());
  }

  private static String nearest(DelegateExecution execution) {
    for (DelegateExecution scope = execution; scope != null; scope = scope.getProcessInstance().getSuperExecution()) {
      String code = ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.from(scope).get();
      if (code != null && !code.isBlank()) {
        return Languages.orEnglish(code);
      }
    }
    return null;
  }

  /** The language of the programme with this code (running or finished); English when there is none. */
  public static String ofCode(ProcessEngineServices engine, String programmeCode) {
    if (programmeCode == null) {
      return Languages.ENGLISH;
    }
    return ProgrammeCode.parse(programmeCode).flatMap(code -> ProgrammeDirectory.of(engine).newest(code))
        .map(programme -> ofInstance(engine, programme.getId())).orElse(Languages.ENGLISH);
  }

  /** The language of one programme instance: its live variable while it runs, else the one its history kept. */
  public static String ofInstance(ProcessEngineServices engine, String processInstanceId) {
    return ofInstance(engine.getRuntimeService(), engine.getHistoryService(), processInstanceId);
  }

  static String ofInstance(RuntimeService runtime, HistoryService history, String processInstanceId) {
    String name = ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name();
    VariableInstance live = runtime.createVariableInstanceQuery()
        .processInstanceIdIn(processInstanceId).variableName(name).list().stream()
        .filter(v -> processInstanceId.equals(v.getExecutionId())).findFirst().orElse(null);
    if (live != null) {
      return Languages.orEnglish(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.read(live.getValue()));
    }
    HistoricVariableInstance kept = history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId).variableName(name).list().stream()
        .filter(v -> v.getValue() != null).findFirst().orElse(null);
    return kept == null ? Languages.ENGLISH
        : Languages.orEnglish(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.read(kept.getValue()));
  }
}
