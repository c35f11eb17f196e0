package org.ssr.workflow.risk;

import java.time.Instant;

/**
 * One entry of a risk's log: a level change, a decision or a chase. Kept in the risk-handling variable
 * {@code riskLog}, so the register's level history comes from the engine's own history.
 *
 * @param type LEVEL | DECISION | CHASE | REPORTED
 * @param level the level after the event (LEVEL) or at the time (others)
 * @param previousLevel the level before (LEVEL only; null when first rated)
 * @param step what happened, in words (e.g. "Rated", "Deadline missed: mitigation plan", "High risk decision")
 * @param decision the decision value (DECISION only)
 * @param text reasons, plan or report text
 * @param by user id, or "system" for timers
 */
public record RiskEvent(
    Instant at, String type, String level, String previousLevel, String step, String decision, String text, String by) {

  public static final String LEVEL = "LEVEL";
  public static final String DECISION = "DECISION";
  public static final String CHASE = "CHASE";
  public static final String REPORTED = "REPORTED";
  public static final String SYSTEM = "system";

  public boolean isLevelChange() {
    return LEVEL.equals(type);
  }
}
