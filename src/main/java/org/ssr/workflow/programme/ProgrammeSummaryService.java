package org.ssr.workflow.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/** Writes the end-of-programme summary: decisions, skipped steps with their justification, plan versions. */
@Service
public class ProgrammeSummaryService {

  /**
   * @param endReason why a critical risk ended the programme, {@code null} when it ended normally
   */
  public ProgrammeSummary summarise(
      String code,
      String name,
      String term,
      List<Map<String, Object>> decisions,
      List<ScopedStep> scope,
      Integer nspVersion,
      Integer financialPlanVersion,
      int transformationActions,
      boolean endedByCriticalRisk,
      String endReason) {
    String status = endedByCriticalRisk ? ProgrammeSummary.ENDED_BY_CRITICAL_RISK : ProgrammeSummary.READY_FOR_IMPLEMENTATION;
    List<ScopedStep> skipped = scope == null ? List.of() : scope.stream().filter(s -> !s.applies()).toList();
    List<Map<String, Object>> decisionList = decisions == null ? List.of() : decisions;

    StringBuilder text = new StringBuilder();
    text.append(term == null ? "Programme" : term + " programme").append(' ').append(code);
    if (name != null) {
      text.append(" (").append(name).append(')');
    }
    text.append(endedByCriticalRisk
        ? ": ended because of a critical risk" + (endReason == null || endReason.isBlank() ? "." : ": " + endReason + ".")
        : ": ready for implementation.");
    // the dialog's parties' validations are counted apart from the oversight bodies' decisions
    List<Map<String, Object>> validations = decisionList.stream()
        .filter(d -> FrameworkValidation.KIND.equals(d.get("kind"))).toList();
    List<Map<String, Object>> reviews = decisionList.stream()
        .filter(d -> !FrameworkValidation.KIND.equals(d.get("kind"))).toList();
    text.append("\nDecisions recorded: ").append(reviews.size()).append(" (")
        .append(count(reviews, "approved")).append(" approved, ")
        .append(count(reviews, "returned")).append(" returned, ")
        .append(count(reviews, "rejected")).append(" rejected).");
    if (!validations.isEmpty()) {
      text.append("\nValidations by the dialog's parties: ").append(validations.size()).append(" (")
          .append(count(validations, FrameworkValidation.CONFIRMED)).append(" confirmed, ")
          .append(count(validations, FrameworkValidation.RETURNED)).append(" returned).");
    }
    if (skipped.isEmpty()) {
      text.append("\nEvery step applied.");
    } else {
      for (ScopedStep step : skipped) {
        text.append("\nStep ").append(step.step()).append(" (").append(step.title()).append(") did not apply: ")
            .append(step.justification());
      }
    }
    text.append("\nNational Security Policy version: ").append(orDash(nspVersion));
    text.append("\nFinancial feasibility plan version: ").append(orDash(financialPlanVersion));
    text.append("\nTransformation actions: ").append(transformationActions);

    Map<String, Object> details = new LinkedHashMap<>();
    details.put("programmeCode", code);
    details.put("programmeName", name);
    details.put("programmeTerm", term);
    details.put("status", status);
    details.put("endReason", endReason);
    details.put("decisions", decisionList);
    List<Map<String, Object>> skippedDetails = new ArrayList<>();
    for (ScopedStep step : skipped) {
      Map<String, Object> s = new LinkedHashMap<>();
      s.put("step", step.step());
      s.put("title", step.title());
      s.put("justification", step.justification());
      skippedDetails.add(s);
    }
    details.put("skippedSteps", skippedDetails);
    details.put("nspVersion", nspVersion);
    details.put("financialPlanVersion", financialPlanVersion);
    details.put("transformationActions", transformationActions);
    return new ProgrammeSummary(status, text.toString(), details);
  }

  private static long count(List<Map<String, Object>> decisions, String decision) {
    return decisions.stream().filter(d -> decision.equals(d.get("decision"))).count();
  }

  private static String orDash(Integer value) {
    return value == null ? "-" : value.toString();
  }
}
