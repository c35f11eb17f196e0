package org.ssr.workflow.finance;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.DONORS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.INSTITUTIONS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.NATIONAL_SHARE_TARGET;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.PRIORITIES;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.PROGRAMME_CODE;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.PROGRAMME_LANGUAGE;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.PROGRAMME_NAME;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.PROGRAMME_TERM;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.TRANSFORMATION_ACTIONS;

import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.ssr.workflow.engine.Conversions;
import org.ssr.workflow.finance.FinancialPlanProcess.Variables;
import org.ssr.workflow.programme.ProgrammeContent;

/**
 * The {@link PlanContext} of a programme, read from its process variables through the typed catalogues (a running
 * execution's or a query's variable map alike); the business key, else programmeCode, is the programme code.
 */
public final class ProcessPlanContext {

  /** Years a programme without dated actions is planned for. */
  static final int DEFAULT_YEARS = 5;

  private ProcessPlanContext() {}

  static String programmeCode(DelegateExecution execution) {
    String key = execution.getProcessBusinessKey();
    if (key == null || key.isBlank()) {
      key = PROGRAMME_CODE.from(execution).get();
    }
    if (key == null || key.isBlank()) {
      throw new IllegalStateException("process instance " + execution.getProcessInstanceId()
          + " has neither a business key nor a programmeCode variable");
    }
    return key;
  }

  static PlanContext of(DelegateExecution execution) {
    return of(programmeCode(execution), execution.getVariables());
  }

  /** The context of a programme whose variables were fetched (a query's or the directory's variable map). */
  public static PlanContext of(String code, Map<String, ?> vars) {
    return of(code, vars, Year.now().getValue());
  }

  static PlanContext of(String code, Map<String, ?> vars, int currentYear) {
    List<StrategyAction> actions = actions(TRANSFORMATION_ACTIONS.from(vars).get());
    Integer first = Variables.PROGRAMME_START_YEAR.from(vars).get();
    Integer last = Variables.PROGRAMME_END_YEAR.from(vars).get();
    if (first == null) {
      first = actions.stream().map(StrategyAction::startYear).filter(Objects::nonNull).min(Integer::compare)
          .orElse(currentYear);
    }
    if (last == null) {
      last = actions.stream().map(StrategyAction::endYear).filter(Objects::nonNull).max(Integer::compare)
          .orElse(first + DEFAULT_YEARS - 1);
    }
    if (last < first) {
      last = first;
    }
    List<StrategyPriority> priorities = new ArrayList<>();
    ProgrammeContent.storedPriorities(PRIORITIES.from(vars).get())
        .forEach(p -> priorities.add(new StrategyPriority(p.id(), p.text())));
    return new PlanContext(code, PROGRAMME_NAME.from(vars).get(),
        PROGRAMME_TERM.from(vars).orElse("Security Sector Reform"), actions, INSTITUTIONS.from(vars).get(),
        DONORS.from(vars).get(), first, last, priorities, NATIONAL_SHARE_TARGET.from(vars).get(),
        PROGRAMME_LANGUAGE.from(vars).get());
  }

  /** The checked strategy actions; an action without id is numbered A1, A2, … by its position. */
  static List<StrategyAction> actions(List<Map<String, Object>> records) {
    List<StrategyAction> actions = new ArrayList<>();
    int n = 0;
    for (Map<String, Object> action : records) {
      n++;
      String field = TRANSFORMATION_ACTIONS.name() + "[" + n + "].";
      String id = Conversions.text(field + "id", action.get("id"));
      String title = Conversions.text(field + "title", action.get("title"));
      actions.add(new StrategyAction(id == null ? "A" + n : id, title == null ? "" : title,
          Conversions.text(field + "institution", action.get("institution")),
          Conversions.integer(field + "startYear", action.get("startYear")),
          Conversions.integer(field + "endYear", action.get("endYear"))));
    }
    return actions;
  }
}
