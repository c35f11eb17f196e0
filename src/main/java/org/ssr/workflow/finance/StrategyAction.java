package org.ssr.workflow.finance;

/** One action of the step-9 transformation strategy, as far as the financial plan needs it. */
public record StrategyAction(String id, String title, String institution, Integer startYear, Integer endYear) {}
