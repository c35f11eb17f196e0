package org.ssr.workflow.oversight;

/**
 * One body's decision as kept in the review's working list reviewDecisions (the outcome is determined from it): who
 * ({@code userId}), which body ({@code group}), when ({@code decidedAt}, ISO-8601 instant), what ({@code decision} on
 * {@code kind}, {@code subject}, {@code version}) and why ({@code reasons}, null only for an approval without remarks).
 */
public record ReviewDecisionRecord(
    String kind,
    String subject,
    Integer version,
    String group,
    String userId,
    String decision,
    String reasons,
    String decidedAt) {}
