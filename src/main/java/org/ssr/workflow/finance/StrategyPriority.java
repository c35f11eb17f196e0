package org.ssr.workflow.finance;

/** A priority of action of the National Security Policy (step 6), as far as donor alignment needs it. */
public record StrategyPriority(String id, String text) {}
