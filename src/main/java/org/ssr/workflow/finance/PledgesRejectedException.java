package org.ssr.workflow.finance;

import java.util.List;

/** Pledges a donor entered that cannot be stored; the messages say which and why. */
public class PledgesRejectedException extends RuntimeException {

  private final List<String> problems;

  public PledgesRejectedException(List<String> problems) {
    super("Pledges not recorded: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
