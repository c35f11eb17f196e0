package org.ssr.workflow.programme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.ssr.workflow.decision.DecisionEntry;
import org.ssr.workflow.decision.DecisionKinds;

/**
 * Writes the end-of-programme summary: the decisions of the programme's decision record, skipped steps with their
 * justification, plan versions.
 */
@Service
public class ProgrammeSummaryService {

  /**
   * @param decisions the programme's decision record, oldest first (the only place decisions are read)
   * @param endReason why a critical risk ended the programme, {@code null} when it ended normally
   */
  public ProgrammeSummary summarise(
      String code,
      String name,
      String term,
      List<DecisionEntry> decisions,
      List<ScopedStep> scope,
      Integer nspVersion,
      Integer financialPlanVersion,
      int transformationActions,
      boolean endedByCriticalRisk,
      String endReason) {
    String status = endedByCriticalRisk ? ProgrammeSummary.ENDED_BY_CRITICAL_RISK : ProgrammeSummary.READY_FOR_IMPLEMENTATION;
    List<ScopedStep> skipped = scope == null ? List.of() : scope.stream().filter(s -> !s.applies()).toList();
    List<DecisionEntry> decisionList = decisions == null ? List.of() : decisions;

    StringBuilder text = new StringBuilder();
    text.append(term == null ? "Programme" : term + " programme").append(' ').append(code);
    if (name != null) {
      text.append(" (").append(name).append(')');
    }
    text.append(endedByCriticalRisk
        ? ": ended because of a critical risk" + (endReason == null || endReason.isBlank() ? "." : ": " + endReason + ".")
        : ": ready for implementation.");
    // the oversight bodies' decisions, the dialog's parties' validations and the segments' positions each counted
    List<DecisionEntry> reviews = ofKind(decisionList, DecisionKinds.OVERSIGHT_REVIEW);
    List<DecisionEntry> validations = ofKind(decisionList, DecisionKinds.VALIDATION);
    long consents = ofKind(decisionList, DecisionKinds.CONSENT).size();
    long dissents = ofKind(decisionList, DecisionKinds.DISSENT).size();
    long others = decisionList.size() - reviews.size() - validations.size() - consents - dissents;
    text.append("\nDecisions recorded: ").append(reviews.size()).append(" (")
        .append(count(reviews, "approved")).append(" approved, ")
        .append(count(reviews, "returned")).append(" returned, ")
        .append(count(reviews, "rejected")).append(" rejected).");
    if (!validations.isEmpty()) {
      text.append("\nValidations by the dialog's parties: ").append(validations.size()).append(" (")
          .append(count(validations, FrameworkValidation.CONFIRMED)).append(" confirmed, ")
          .append(count(validations, FrameworkValidation.RETURNED)).append(" returned).");
    }
    if (consents + dissents > 0) {
      text.append("\nConsent of the segments: ").append(consents).append(" consent, ").append(dissents)
          .append(" dissent.");
    }
    if (others > 0) {
      text.append("\nOther decisions (risks, local concerns): ").append(others).append('.');
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
    // counts and the chain's newest hash, not a copy of the entries: whoever later reads this summary can tell
    // whether the record was rewritten since (docs/operations.md "Decision record")
    Map<String, Object> recorded = new LinkedHashMap<>();
    recorded.put("entries", decisionList.size());
    recorded.put("oversightReviews", reviews.size());
    recorded.put("validations", validations.size());
    recorded.put("consents", consents);
    recorded.put("dissents", dissents);
    recorded.put("others", others);
    recorded.put("headHash", decisionList.isEmpty() ? null : decisionList.get(decisionList.size() - 1).hash());
    details.put("decisionRecord", recorded);
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

  private static List<DecisionEntry> ofKind(List<DecisionEntry> decisions, String kind) {
    return decisions.stream().filter(d -> kind.equals(d.kind())).toList();
  }

  private static long count(List<DecisionEntry> decisions, String outcome) {
    return decisions.stream().filter(d -> outcome.equals(d.outcome())).count();
  }

  private static String orDash(Integer value) {
    return value == null ? "-" : value.toString();
  }
}
