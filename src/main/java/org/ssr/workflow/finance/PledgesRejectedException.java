package org.ssr.workflow.finance;

import java.util.List;
import org.ssr.workflow.engine.RejectedInput;

/**
 * Pledges a donor entered that cannot be stored; the messages say which and why. Thrown inside the donor's form
 * submission, so nothing is stored and the donor sees the message (400 on both REST APIs) and corrects the form.
 */
public class PledgesRejectedException extends RuntimeException implements RejectedInput {

  private final List<String> problems;

  public PledgesRejectedException(List<String> problems) {
    super("Pledges not recorded: " + String.join("; ", problems));
    this.problems = List.copyOf(problems);
  }

  public List<String> problems() {
    return problems;
  }
}
