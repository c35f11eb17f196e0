package org.ssr.workflow.monitoring;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.engine.ReadableTimes;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.finance.FinancialPlanProcess;
import org.ssr.workflow.finance.PlanFormat;
import org.ssr.workflow.finance.PlanTotals;
import org.ssr.workflow.implementation.ImplementationProcess;
import org.ssr.workflow.local.LocalPlatformsProcess;
import org.ssr.workflow.local.LocalReportProcess;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ProgrammeWords;
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.risk.RiskLevel;

/**
 * The values a task's Camunda Form shows with {@code {{ placeholder }}} that are stored as language-neutral codes
 * (the programme's term, risk levels and categories, review kinds and bodies, institutions, ISO dates and durations),
 * written as the form's words in the programme's language when the task is created (docs/languages.md, "Values the
 * forms show"). Each is a task-local copy under the <em>same name</em> as the stored code, so the forms and their
 * translations keep their placeholders: {@code {{ riskLevel }}} reads « élevé » in a French programme's task while
 * gateways, timers, listeners and reports read {@code high} from the process. Hence the rule: code reads codes from the
 * execution ({@code task.getExecution()}), never from the task. The copies are display values like
 * {@link org.ssr.workflow.identity.TasklistColumns}: kept out of the history (see {@link TasklistLabels}) and written
 * only for a programme in another language than English (English forms show what they always showed), and only on
 * tasks with a Camunda Form ({@code camunda:formRef}): the embedded forms read the codes and show them in the
 * person's language (docs/languages.md).
 */
final class FormTexts {

  /** What a copy shows: the value computed from the task's variables, or null for no copy. */
  private interface Shown extends Function<Context, String> {
  }

  private record Context(DelegateTask task, ProgrammeWords words, Messages glossary) {
    String language() {
      return words.language();
    }
  }

  private static final Map<String, Shown> COPIES = new LinkedHashMap<>();

  static {
    copy(ProgrammeProcess.Variables.PROGRAMME_TERM, c -> c.words().term(
        ProgrammeProcess.Variables.PROGRAMME_TERM.from(c.task()).get()));
    copy(RiskHandlingProcess.Variables.RISK_LEVEL, c -> {
      RiskLevel level = RiskHandlingProcess.Variables.RISK_LEVEL.from(c.task().getExecution()).get();
      return level == null ? null : word(c, "risk.level." + level.id(), level.id());
    });
    copy(RiskHandlingProcess.Variables.RISK_CATEGORY, c -> code(c, RiskHandlingProcess.Variables.RISK_CATEGORY,
        "risk.category."));
    copy(OversightReviewProcess.Variables.REVIEW_KIND_NAME, c -> code(c, OversightReviewProcess.Variables.REVIEW_KIND,
        "review.kind."));
    copy(OversightReviewProcess.Variables.REVIEW_BODY_NAME, c -> code(c, OversightReviewProcess.Variables.REVIEW_GROUP,
        "role."));
    copy(ImplementationProcess.Variables.REPORTING_INSTITUTION_NAME, c -> c.words().institution(
        ImplementationProcess.Variables.REPORTING_INSTITUTION.from(c.task()).get()));
    copy(LocalReportProcess.Variables.FOLLOW_UP_AGENCY_NAME, c -> code(c, LocalReportProcess.Variables.FOLLOW_UP_AGENCY,
        "role."));
    copy(LocalReportProcess.Variables.FOLLOW_UP_DUE_TEXT, c -> date(c, LocalReportProcess.Variables.FOLLOW_UP_DEADLINE));
    copy(OversightReviewProcess.Variables.REVIEW_DUE_DATE, c -> date(c, OversightReviewProcess.Variables.REVIEW_DUE_DATE));
    copy(ImplementationProcess.Variables.REPORT_DUE_DATE, c -> date(c, ImplementationProcess.Variables.REPORT_DUE_DATE));
    for (Variable<String> duration : List.of(ProgrammeProcess.Variables.REVIEW_DEADLINE,
        OversightReviewProcess.Variables.REVIEW_ESCALATION_DELAY, RiskHandlingProcess.Variables.DECISION_DEADLINE,
        RiskHandlingProcess.Variables.MITIGATION_DEADLINE, LocalPlatformsProcess.Variables.SILENCE_PERIOD)) {
      copy(duration, c -> ReadableTimes.duration(duration.from(c.task()).get(), c.language()));
    }
  }

  private static final Set<String> NAMES = names(COPIES.keySet(), FinancialPlanProcess.Variables.TOTALS.name());

  private static Set<String> names(Set<String> copies, String totals) {
    Set<String> all = new java.util.HashSet<>(copies);
    all.add(totals);
    return Set.copyOf(all);
  }

  private FormTexts() {
  }

  /** The names of the copies (the history leaves their task-local values out). */
  static Set<String> names() {
    return NAMES;
  }

  /** Writes the copies the task's scope has a value for, when its programme's language (given) is not English. */
  static void write(DelegateTask task, String language) {
    if (task.getExecution() == null || Languages.ENGLISH.equals(language)) {
      return;
    }
    writeTotals(new Context(task, ProgrammeWords.of(language), Messages.of("glossary", language)));
    // a text copy under the stored variable's name, whatever the stored type (a date, a level)
    texts(task, language).forEach((name, text) -> Variable.text(name).on(task).setLocal(text));
  }

  /**
   * The copies the task's scope has a value for, in the language, by variable name (none for English): what
   * {@link #write} writes onto a task with a Camunda Form, and what {@link TaskNames} evaluates a task's name with.
   */
  static Map<String, String> texts(DelegateTask task, String language) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (task.getExecution() == null || Languages.ENGLISH.equals(language)) {
      return texts;
    }
    Context context = new Context(task, ProgrammeWords.of(language), Messages.of("glossary", language));
    COPIES.forEach((name, shown) -> {
      if (task.getExecution().hasVariable(name)) {
        String text = shown.apply(context);
        if (text != null) {
          texts.put(name, text);
        }
      }
    });
    return texts;
  }

  /**
   * The plan's totals as the totals review shows them: institutions and the two sources of the template's own (national
   * budget, unfunded) in the programme's words (finance writes the warnings in it already); amounts, years, donors and
   * cost categories as they are. A copy of the same type (Spin Json) under the same name.
   */
  private static void writeTotals(Context c) {
    Variable<PlanTotals> totals = FinancialPlanProcess.Variables.TOTALS;
    if (!c.task().getExecution().hasVariable(totals.name())) {
      return;
    }
    PlanTotals stored = totals.from(c.task().getExecution()).get();
    if (stored == null) {
      return;
    }
    Messages texts = Messages.of("monitoring", c.language());
    totals.on(c.task()).setLocal(new PlanTotals(stored.lineCount(), stored.required(), stored.available(),
        stored.gap(), stored.nationalShare(), stored.byYear(),
        rows(stored.byInstitution(), key -> c.words().institution(key)), stored.byCostCategory(),
        rows(stored.bySource(), key -> PlanFormat.NATIONAL_BUDGET.equals(key) ? texts.text("totals.nationalBudget")
            : PlanFormat.UNFUNDED.equals(key) ? texts.text("totals.unfunded") : key),
        stored.warnings()));
  }

  private static List<PlanTotals.Row> rows(List<PlanTotals.Row> rows, Function<String, String> key) {
    return rows == null ? null : rows.stream()
        .map(row -> new PlanTotals.Row(key.apply(row.key()), row.required(), row.available(), row.gap())).toList();
  }

  private static void copy(Variable<?> variable, Shown shown) {
    COPIES.put(variable.name(), shown);
  }

  /** A code's word in the glossary ({@code prefix + code}), the code itself when the glossary has none. */
  private static String code(Context c, Variable<String> variable, String prefix) {
    String code = variable.from(c.task().getExecution()).get();
    return code == null ? null : word(c, prefix + code, code);
  }

  private static String word(Context c, String key, String fallback) {
    return c.glossary().has(key) ? c.glossary().text(key) : fallback;
  }

  private static String date(Context c, Variable<Date> variable) {
    return ReadableTimes.date(variable.from(c.task().getExecution()).get(), c.language());
  }
}
