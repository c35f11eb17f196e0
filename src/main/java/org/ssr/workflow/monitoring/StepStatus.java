package org.ssr.workflow.monitoring;

import java.time.Instant;
import java.util.List;

/**
 * One of the twelve steps of one programme.
 *
 * @param startedAt when the first activity of the step started (null when not started or skipped)
 * @param endedAt when the step ended (done or stopped), or when scoping declared it not applicable (skipped)
 * @param justification why the step does not apply (skipped only)
 * @param activeTasks names of the step's activities open right now
 * @param note a plain-language remark, e.g. that the step waits for oversight to be in place
 */
public record StepStatus(
    int number,
    String title,
    StepState state,
    String stateLabel,
    Instant startedAt,
    Instant endedAt,
    String justification,
    List<String> activeTasks,
    String note) {}
