package org.ssr.workflow.programme;

/** One of steps 3 to 10 as scoping decided it; a step that does not apply carries its justification. */
public record ScopedStep(int step, String title, boolean applies, String justification) {}
