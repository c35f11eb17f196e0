package org.ssr.workflow.decision;

import java.time.Instant;
import java.util.Objects;

/**
 * A decision someone took in a programme, published as a Spring application event at the moment it is taken, inside
 * the engine's transaction: an oversight body's review decision, a segment's consent or dissent, the dialog parties'
 * validation of a framework, a risk decision. The programme's decision record listens and appends it; nothing else
 * may rewrite it (docs/architecture.md).
 *
 * @param programmeCode the programme's code (upper case)
 * @param processInstanceId the programme's process instance, or the instance the decision was taken in
 * @param kind what sort of decision: {@code OVERSIGHT_REVIEW}, {@code CONSENT}, {@code DISSENT},
 *     {@code VALIDATION}, {@code RISK}, ...
 * @param subject what was decided on, e.g. {@code nsp v2} or {@code segment women}
 * @param party on whose behalf: a body's group id or a segment id
 * @param actor the user who recorded it
 * @param outcome the decision itself, e.g. {@code approved}, {@code returned}, {@code consent}
 * @param reason the reasons given, may be empty
 * @param occurredAt when it was taken
 */
public record DecisionMade(String programmeCode, String processInstanceId, String kind, String subject, String party,
    String actor, String outcome, String reason, Instant occurredAt) {

  public DecisionMade {
    Objects.requireNonNull(programmeCode, "programmeCode");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(outcome, "outcome");
    reason = reason == null ? "" : reason;
    occurredAt = occurredAt == null ? Instant.now() : occurredAt;
  }
}
