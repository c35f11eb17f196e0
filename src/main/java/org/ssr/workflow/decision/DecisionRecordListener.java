package org.ssr.workflow.decision;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends every published {@link DecisionMade} to the decision record, synchronously in the publisher's thread and so
 * in its transaction (the engine's Spring-managed transaction when a task listener or delegate publishes): a
 * completion that rolls back leaves no entry, and an entry that cannot be stored fails the completion.
 */
@Component
public class DecisionRecordListener {

  private final DecisionRecord record;

  public DecisionRecordListener(DecisionRecord record) {
    this.record = record;
  }

  @EventListener
  public void on(DecisionMade decision) {
    record.append(decision);
  }
}
