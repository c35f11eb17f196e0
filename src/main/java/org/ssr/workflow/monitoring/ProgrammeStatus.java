package org.ssr.workflow.monitoring;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Where a programme stands, computed from the engine's runtime and history each time it is asked for.
 *
 * @param state RUNNING (planning), IN_IMPLEMENTATION, CLOSED, READY_FOR_IMPLEMENTATION (ended at the plan, models
 *     before implementation), ENDED_BY_CRITICAL_RISK or CANCELLED
 * @param openRisksByLevel low / medium / high / critical / unrated -> number of open risks
 * @param plan the latest financial plan version, null while there is none
 * @param phase PREPARATION (the twelve steps), IMPLEMENTATION (past "ready for implementation") or CLOSED: where the
 *     programme is, or was when it ended
 * @param cycleYear the implementation year (1, 2, ...; 0 before the first reporting year), null before implementation
 * @param executionRate the budget execution rate of the latest imported year in total (spent ÷ planned, e.g. 0.5 for
 *     50 %), null before the first budget execution is imported or when nothing was planned
 * @param executionYear the calendar year that rate is of, null without one
 */
public record ProgrammeStatus(
    String code,
    String name,
    String country,
    String term,
    String processInstanceId,
    String state,
    String stateLabel,
    String endReason,
    Instant startedAt,
    Instant endedAt,
    String startedBy,
    boolean transformationOnHold,
    List<StepStatus> steps,
    List<ReviewStatus> openReviews,
    Map<String, Integer> openRisksByLevel,
    PlanStatus plan,
    String phase,
    Integer cycleYear,
    BigDecimal executionRate,
    Integer executionYear) {

  public static final String RUNNING = "RUNNING";
  /** Running, past "ready for implementation": in the yearly cycles of docs/implementation.md. */
  public static final String IN_IMPLEMENTATION = "IN_IMPLEMENTATION";
  /** Ended by the approved final evaluation. */
  public static final String CLOSED = "CLOSED";
  public static final String CANCELLED = "CANCELLED";

  /** The phases of {@link #phase()}. */
  public static final String PREPARATION = "PREPARATION";
  public static final String IMPLEMENTATION = "IMPLEMENTATION";

  public long overdueReviews() {
    return openReviews.stream().filter(ReviewStatus::overdue).count();
  }

  public int openRisks() {
    return openRisksByLevel.values().stream().mapToInt(Integer::intValue).sum();
  }
}
