package org.ssr.workflow.decision;

import java.time.Instant;

/**
 * One entry of a programme's decision record (table {@code decision_entry}, V13): a {@link DecisionMade} with its
 * place in the programme's chain. {@code hash} is the SHA-256 of the entry's canonical form, which includes
 * {@code previousHash}, the hash of the entry before it ({@link DecisionChain}).
 *
 * @param sequence 1, 2, 3, ... per programme, without gaps
 */
public record DecisionEntry(long sequence, String programmeCode, String processInstanceId, String kind,
    String subject, String party, String actor, String outcome, String reason, Instant occurredAt,
    String previousHash, String hash) {}
