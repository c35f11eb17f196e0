package org.ssr.workflow.oversight;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Turns what a reviewer submitted into a decision record, refusing a decision that is missing or a return or
 * rejection without reasons. The review form checks the same rules; this service is the one a REST user cannot
 * bypass. Knows nothing of Camunda.
 */
@Service
public class ReviewDecisionService {

  /** What is reviewed: the same for every body of one review. */
  public record Subject(String kind, String subject, Integer version) {}

  public ReviewDecisionRecord decide(
      Subject subject, String group, String userId, String decision, String reasons, Instant decidedAt) {
    if (group == null || group.isBlank()) {
      throw new IllegalStateException("A review decision needs the reviewing body");
    }
    if (userId == null || userId.isBlank()) {
      throw new InvalidReviewDecisionException(
          "Who decided is unknown: claim the review task or submit it as an authenticated user.");
    }
    ReviewDecision chosen = ReviewDecision.fromValue(decision == null ? null : decision.trim());
    if (chosen == null) {
      throw new InvalidReviewDecisionException("Choose a decision: approved, returned (for revision) or rejected"
          + (decision == null || decision.isBlank() ? "." : ", not '" + decision + "'."));
    }
    String givenReasons = reasons == null || reasons.isBlank() ? null : reasons.strip();
    if (chosen.requiresReasons() && givenReasons == null) {
      throw new InvalidReviewDecisionException("Reasons are required when the review is " + chosen.value()
          + ": say what must change or why the document cannot be accepted.");
    }
    return new ReviewDecisionRecord(subject.kind(), subject.subject(), subject.version(), group, userId,
        chosen.value(), givenReasons, decidedAt.toString());
  }

  /**
   * The outcome of a review: every reviewing body must have decided exactly once (anything else is a fault in the
   * model, not a business outcome).
   */
  public ReviewOutcome outcome(List<String> reviewGroups, List<ReviewDecisionRecord> decisions) {
    Map<String, ReviewDecision> byGroup = new LinkedHashMap<>();
    for (ReviewDecisionRecord record : decisions) {
      ReviewDecision decision = ReviewDecision.fromValue(record.decision());
      if (decision == null) {
        throw new IllegalStateException("Unknown decision '" + record.decision() + "' of " + record.group());
      }
      if (byGroup.put(record.group(), decision) != null) {
        throw new IllegalStateException(record.group() + " decided more than once in one review");
      }
    }
    if (!byGroup.keySet().equals(new HashSet<>(reviewGroups))) {
      throw new IllegalStateException("Decisions of " + byGroup.keySet() + " do not match the reviewing bodies "
          + reviewGroups);
    }
    return ReviewOutcome.of(byGroup.values());
  }
}
