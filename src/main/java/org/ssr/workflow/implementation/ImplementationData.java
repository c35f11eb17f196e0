package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.ssr.workflow.programme.ProgrammeLanguage;
import org.ssr.workflow.programme.TransformationAction;
import org.ssr.workflow.programme.TransformationStrategyService;

/** Reads and appends the implementation's data through the catalogue (glue shared by the delegates). */
final class ImplementationData {

  private ImplementationData() {}

  static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  static List<TransformationAction> baseline(VariableScope scope) {
    return TransformationStrategyService.stored(BASELINE_ACTIONS.from(scope).get());
  }

  static List<ActionReport> reports(VariableScope scope) {
    return IMPLEMENTATION_REPORTS.from(scope).get().stream().map(ActionReport::of).toList();
  }

  static List<ActionReport> reportsOfThisYear(VariableScope scope) {
    int cycle = CYCLE_YEAR.from(scope).orElse(0);
    return reports(scope).stream().filter(report -> report.cycleYear() == cycle).toList();
  }

  static ImplementationWorkbooks.Programme programme(VariableScope scope) {
    return new ImplementationWorkbooks.Programme(PROGRAMME_CODE.from(scope).get(), PROGRAMME_NAME.from(scope).get(),
        PROGRAMME_TERM.from(scope).orElse("Security Sector Reform"));
  }

  /** The programme's language: what the implementation writes for the oversight bodies speaks it. */
  static String language(DelegateExecution execution) {
    return ProgrammeLanguage.of(execution.getProcessEngineServices(), execution);
  }

  static void append(VariableScope scope, org.ssr.workflow.engine.Variable<List<Map<String, Object>>> list,
      List<Map<String, Object>> entries) {
    List<Map<String, Object>> all = new ArrayList<>(list.from(scope).get());
    all.addAll(entries);
    list.on(scope).set(all);
  }

  /** The user completing a task: the authenticated user, else the assignee. */
  static String currentUser(ProcessEngineServices services, String assignee) {
    Authentication authentication = services.getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return assignee == null ? "unknown" : assignee;
  }
}
