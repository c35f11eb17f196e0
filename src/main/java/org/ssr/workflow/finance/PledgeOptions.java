package org.ssr.workflow.finance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ssr.workflow.programme.Institution;
import org.ssr.workflow.programme.ProgrammeWords;

/**
 * The choices the donor-pledges form offers for "what the pledge is for": the actions of the programme's
 * transformation strategy (step 9), the programme's institutions and the NSP's priorities (step 6), exactly the lists {@link FinancialPlanService}
 * validates a pledge against, so a donor in Tasklist can only pick what will be accepted. Each choice is
 * {@code {label, value}} as a Camunda Forms select reads it from its {@code valuesKey} variable; the value is the id
 * stored with the pledge. Leaving a select empty (not tied to one action or institution) stays possible.
 */
public final class PledgeOptions {

  private PledgeOptions() {}

  /** One choice per action, e.g. {@code A1 — Train police (Police, 2027–2028)} with value {@code A1}. */
  public static List<Map<String, Object>> actions(PlanContext context) {
    return actions(context, ProgrammeWords.ENGLISH);
  }

  /** The same, the institutions named in the programme's language. */
  public static List<Map<String, Object>> actions(PlanContext context, ProgrammeWords words) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (StrategyAction action : context.actions()) {
      StringBuilder label = new StringBuilder(action.id());
      if (action.title() != null && !action.title().isBlank()) {
        label.append(" — ").append(action.title().strip());
      }
      List<String> details = new ArrayList<>();
      if (action.institution() != null && !action.institution().isBlank()) {
        details.add(words.institution(action.institution()));
      }
      if (action.startYear() != null) {
        details.add(action.endYear() == null || action.endYear().equals(action.startYear())
            ? action.startYear().toString() : action.startYear() + "–" + action.endYear());
      }
      if (!details.isEmpty()) {
        label.append(" (").append(String.join(", ", details)).append(')');
      }
      options.add(option(label.toString(), action.id()));
    }
    return options;
  }

  /** One choice per institution of the programme, labelled as the set-up form names it. */
  public static List<Map<String, Object>> institutions(PlanContext context) {
    return institutions(context, ProgrammeWords.ENGLISH);
  }

  /** The same in the programme's language (the glossary's names of the institutions). */
  public static List<Map<String, Object>> institutions(PlanContext context, ProgrammeWords words) {
    return context.institutions().stream().map(id -> option(words.institution(id), id)).toList();
  }

  /** One choice per priority of the National Security Policy, e.g. {@code P-1 — Civilian oversight of the police}. */
  public static List<Map<String, Object>> priorities(PlanContext context) {
    return context.priorities().stream().map(p -> option(label(p), p.id())).toList();
  }

  private static String label(StrategyPriority priority) {
    String text = priority.text() == null ? "" : priority.text().strip();
    return priority.id() + (text.isEmpty() ? "" : " — " + (text.length() > 110 ? text.substring(0, 109) + "…" : text));
  }

  static String institutionLabel(String id) {
    return Institution.byId(id).map(Institution::label).orElse(id);
  }

  private static Map<String, Object> option(String label, String value) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }
}
