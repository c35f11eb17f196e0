package org.ssr.workflow.oversight;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.stereotype.Service;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;

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
    return decide(subject, group, userId, decision, reasons, decidedAt, () -> Languages.ENGLISH);
  }

  /**
   * The same, refused in the reviewer's language (docs/languages.md), which {@code person} gives and which is asked
   * for only when a decision is refused: finding it may read the programme's variables, which an accepted decision
   * does not need.
   */
  public ReviewDecisionRecord decide(Subject subject, String group, String userId, String decision, String reasons,
      Instant decidedAt, Supplier<String> person) {
    if (group == null || group.isBlank()) {
      throw new IllegalStateException("A review decision needs the reviewing body");
    }
    if (userId == null || userId.isBlank()) {
      throw InvalidReviewDecisionException.in(person.get(), "unknownUser");
    }
    ReviewDecision chosen = ReviewDecision.fromValue(decision == null ? null : decision.trim());
    if (chosen == null) {
      throw decision == null || decision.isBlank() ? InvalidReviewDecisionException.in(person.get(), "decision")
          : InvalidReviewDecisionException.in(person.get(), "decision.not", decision);
    }
    String givenReasons = reasons == null || reasons.isBlank() ? null : reasons.strip();
    if (chosen.requiresReasons() && givenReasons == null) {
      String language = person.get();
      String chosenWord = Languages.ENGLISH.equals(Languages.orEnglish(language)) ? chosen.value()
          : Messages.of("glossary", language).text("decision." + chosen.value());
      throw InvalidReviewDecisionException.in(language, "reasons", chosenWord);
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
