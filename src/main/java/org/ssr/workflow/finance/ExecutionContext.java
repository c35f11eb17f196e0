package org.ssr.workflow.finance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a budget execution workbook is made from and checked against: the programme, the reporting year and the
 * lines of the plan version oversight approved in that year, one per action, institution and funding source (their
 * planned amount is the sum of the plan's available amounts over the cost categories). Knows nothing of Camunda.
 *
 * @param planVersion the approved plan version, null when the programme has none
 * @param planned the plan's lines of the year with their planned amount (committed and spent are zero)
 * @param language the programme's language, which the template and the variance workbook speak
 */
public record ExecutionContext(
    String programmeCode,
    String programmeName,
    String programmeTerm,
    int year,
    Integer planVersion,
    List<ExecutionLine> planned,
    Map<String, String> actionTitles,
    String language) {

  public ExecutionContext {
    planned = List.copyOf(planned);
    actionTitles = Map.copyOf(actionTitles);
    language = org.ssr.workflow.engine.Languages.orEnglish(language);
  }

  /** A programme set up before it had a language (English). */
  public ExecutionContext(String programmeCode, String programmeName, String programmeTerm, int year,
      Integer planVersion, List<ExecutionLine> planned, Map<String, String> actionTitles) {
    this(programmeCode, programmeName, programmeTerm, year, planVersion, planned, actionTitles, null);
  }

  /** The same year in another language (tests, previews). */
  public ExecutionContext withLanguage(String code) {
    return new ExecutionContext(programmeCode, programmeName, programmeTerm, year, planVersion, planned, actionTitles,
        code);
  }

  /**
   * The lines of {@code plan} in {@code year}: grouped by action, institution and funding source; lines whose source
   * provides nothing (Unfunded, or only a required amount) are left out, nothing can be spent from them.
   */
  static List<ExecutionLine> plannedLines(List<PlanLine> plan, int year) {
    Map<String, ExecutionLine> byKey = new LinkedHashMap<>();
    for (PlanLine l : plan) {
      if (l.year() != year || l.available() == null || l.available().signum() <= 0) {
        continue;
      }
      ExecutionLine line = new ExecutionLine(l.actionId(), l.institution(), year, l.fundingSource(),
          l.available().setScale(2, RoundingMode.HALF_UP), BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2),
          null);
      byKey.merge(line.key(), line, (a, b) -> new ExecutionLine(a.actionId(), a.institution(), year,
          a.fundingSource(), a.planned().add(b.planned()), a.committed(), a.spent(), null));
    }
    return new ArrayList<>(byKey.values());
  }

  Map<String, ExecutionLine> plannedByKey() {
    Map<String, ExecutionLine> m = new LinkedHashMap<>();
    planned.forEach(l -> m.put(l.key(), l));
    return m;
  }

  public Optional<String> actionTitle(String actionId) {
    return actionId == null ? Optional.empty() : Optional.ofNullable(actionTitles.get(actionId));
  }
}
