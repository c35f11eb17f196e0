package org.ssr.workflow.programme;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.ssr.workflow.engine.Languages;

/**
 * The programme's language ({@link ProgrammeProcess.Variables#PROGRAMME_LANGUAGE}, chosen at set-up, docs/languages.md)
 * as whatever the programme produces reads it, from anywhere the programme's work runs: the scope at hand, else up the
 * call chain (an oversight review, a risk or the implementation the programme called), else the programme with the
 * work's code or business key (a reminder read outside the engine's listeners; a process started on its own for the
 * programme before it kept the language: a risk report, a local report and a change request {@link #keep} it once,
 * right after their start form). A programme that chose none (set up before the choice
 * existed) and work outside any programme read as English. The lookup by code runs as the application: the language
 * of a programme is not a secret of the person whose work triggered it.
 */
public final class ProgrammeLanguage {

  private ProgrammeLanguage() {
  }

  /**
   * The language a person doing this work (completing a task, starting a process) is answered in, e.g. a refusal:
   * theirs when the request names one, else the programme's ({@code Languages.ofPerson}).
   */
  public static String ofPerson(VariableScope work) {
    // the programme's language is read (up the call chain, perhaps from the history) only when the person chose none
    return Languages.ofPersonOr(() -> work instanceof DelegateTask task ? of(task)
        : work instanceof DelegateExecution execution ? of(execution) : Languages.ENGLISH);
  }

  /** The language of the programme a task belongs to; English for a task outside any programme. */
  public static String of(DelegateTask task) {
    return task.getExecution() == null ? Languages.ENGLISH : of(task.getExecution());
  }

  /** The language of the nearest scope up the call chain that has one, else of the programme with the work's code. */
  public static String of(DelegateExecution execution) {
    String code = null;
    for (DelegateExecution scope = execution; scope != null; scope = scope.getProcessInstance().getSuperExecution()) {
      String language = ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.from(scope).get();
      if (language != null && !language.isBlank()) {
        return Languages.orEnglish(language);
      }
      if (String.valueOf(scope.getProcessDefinitionId()).startsWith(ProgrammeProcess.KEY + ":")) {
        return Languages.ENGLISH; // the programme itself chose none: set up before the choice existed
      }
      if (code == null) {
        code = ProgrammeProcess.Variables.PROGRAMME_CODE.from(scope).get();
      }
      if (code == null) {
        code = scope.getProcessBusinessKey();
      }
    }
    String programmeCode = code;
    ProcessEngineServices engine = execution.getProcessEngineServices();
    CommandContext command = Context.getCommandContext();
    return command == null ? ofCode(engine, programmeCode)
        : command.runWithoutAuthorization(() -> ofCode(engine, programmeCode));
  }

  /**
   * Keeps the language of the programme with this code on the instance of a process started on its own for it (a risk
   * report, a local security report, a change request), once, right after its start form: every later lookup (its
   * forms, task names and form texts) reads the variable instead of looking the programme up by code. The programme's
   * word wins over a {@code programmeLanguage} a client may have sent with the start.
   *
   * @return the language kept: the programme's, English when it has none or there is no such programme
   */
  public static String keep(DelegateExecution execution, String programmeCode) {
    ProcessEngineServices engine = execution.getProcessEngineServices();
    CommandContext command = Context.getCommandContext();
    String language = command == null ? ofCode(engine, programmeCode)
        : command.runWithoutAuthorization(() -> ofCode(engine, programmeCode));
    ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.on(execution.getProcessInstance()).set(language);
    return language;
  }

  /**
   * The language of a scope (an execution, a task or a variable map read outside a listener). None: English. A task
   * list asks each listed task for its form, and a task completed on another node a moment after the list was read has
   * no execution left to ask; the list must still answer (issue 18's cluster test met it).
   */
  public static String of(ProcessEngineServices engine, VariableScope scope) {
    if (scope == null) {
      return Languages.ENGLISH;
    }
    String found = ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.from(scope).get();
    if (found != null && !found.isBlank()) {
      return Languages.orEnglish(found);
    }
    if (scope instanceof DelegateExecution execution) {
      return of(execution);
    }
    if (scope instanceof DelegateTask task && task.getExecution() != null) {
      return of(task.getExecution());
    }
    return ofCode(engine, ProgrammeProcess.Variables.PROGRAMME_CODE.from(scope).get());
  }

  /** The language of the programme with this code (running or finished); English when there is none. */
  public static String ofCode(ProcessEngineServices engine, String programmeCode) {
    if (programmeCode == null || engine == null) {
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
