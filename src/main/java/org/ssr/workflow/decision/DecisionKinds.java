package org.ssr.workflow.decision;

/**
 * The kinds of decision that more than one feature names: the one that publishes a {@link DecisionMade} and those
 * that read the record back (the programme summary, the consent rule, monitoring). A kind only its publisher and the
 * record's generic readers know (a risk decision, concerns made risks) stays a constant of its publisher.
 */
public final class DecisionKinds {

  /** An oversight body's decision on a document under review (oversight-review). */
  public static final String OVERSIGHT_REVIEW = "OVERSIGHT_REVIEW";
  /** The dialog's parties' validation that a framework reflects the agreements (steps 6 and 7). */
  public static final String VALIDATION = "VALIDATION";
  /** A required segment's consent before national consensus (step 1). */
  public static final String CONSENT = "CONSENT";
  /** A required segment's dissent, with its reason (step 1). */
  public static final String DISSENT = "DISSENT";

  private DecisionKinds() {}
}
