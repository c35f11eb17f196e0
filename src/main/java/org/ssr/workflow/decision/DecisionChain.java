package org.ssr.workflow.decision;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The hash chain of a decision record: how an entry's hash is computed and how a stored record is checked. Knows
 * nothing of the database or Camunda.
 *
 * <p>The canonical form of an entry (docs/operations.md "Decision record") is the line {@value #FORMAT} followed by
 * one line per field, in this order: sequence, programme code, process instance id, kind, subject, party, actor,
 * outcome, reason, occurred at ({@code yyyy-MM-ddTHH:mm:ss.SSSZ}, UTC), previous hash. A field is written as
 * {@code <length in UTF-8 bytes>:<value>}, an absent one as {@code -}; every line ends with {@code \n}. The hash is
 * the lower-case hex SHA-256 of the form's UTF-8 bytes. The first entry's previous hash is {@link #GENESIS}.
 */
public final class DecisionChain {

  /** The first line of the canonical form: names the format, so a later format cannot be confused with it. */
  public static final String FORMAT = "ssr-decision-record-v1";

  /** The previous hash of a programme's first entry. */
  public static final String GENESIS = "0".repeat(64);

  private static final DateTimeFormatter OCCURRED_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  private DecisionChain() {}

  /** The entry that follows {@code previous} (null: the programme's first) for a decision just taken. */
  public static DecisionEntry next(DecisionEntry previous, DecisionMade decision) {
    long sequence = previous == null ? 1 : previous.sequence() + 1;
    String previousHash = previous == null ? GENESIS : previous.hash();
    DecisionEntry unhashed = new DecisionEntry(sequence, programmeCode(decision.programmeCode()),
        decision.processInstanceId(), decision.kind(), decision.subject(), decision.party(), decision.actor(),
        decision.outcome(), decision.reason(), precision(decision.occurredAt()), previousHash, null);
    return withHash(unhashed, hash(unhashed));
  }

  /** How the record names a programme: its code as typed at set-up, trimmed and upper case. */
  public static String programmeCode(String code) {
    return code.strip().toUpperCase(Locale.ROOT);
  }

  /** The stored precision of {@code occurredAt}: milliseconds (every supported database keeps them). */
  static Instant precision(Instant at) {
    return at.truncatedTo(ChronoUnit.MILLIS);
  }

  /** The SHA-256 (hex) of an entry's canonical form; its own {@code hash} is not part of it. */
  public static String hash(DecisionEntry entry) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha256.digest(canonical(entry).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  /** The canonical form the hash is computed over (see the class comment). */
  public static String canonical(DecisionEntry entry) {
    StringBuilder form = new StringBuilder(FORMAT).append('\n');
    for (String field : Arrays.asList(Long.toString(entry.sequence()), entry.programmeCode(),
        entry.processInstanceId(), entry.kind(), entry.subject(), entry.party(), entry.actor(), entry.outcome(),
        entry.reason(), entry.occurredAt() == null ? null : OCCURRED_AT.format(entry.occurredAt()),
        entry.previousHash())) {
      if (field == null) {
        form.append('-');
      } else {
        form.append(field.getBytes(StandardCharsets.UTF_8).length).append(':').append(field);
      }
      form.append('\n');
    }
    return form.toString();
  }

  /**
   * Recomputes a programme's chain from its stored entries (in sequence order) and names the first entry that does
   * not match: a changed entry (its content no longer gives its hash), a removed one (a gap in the numbers) or one
   * that does not follow the entry before it. Removing the newest entries leaves a shorter chain that is still
   * intact: compare {@link ChainCheck#headHash()} and the count with a copy kept elsewhere (the report) to see that.
   */
  public static ChainCheck verify(List<DecisionEntry> entries) {
    String previousHash = GENESIS;
    long expected = 1;
    String head = entries.isEmpty() ? null : entries.get(entries.size() - 1).hash();
    for (DecisionEntry entry : entries) {
      if (entry.sequence() != expected) {
        return ChainCheck.broken(entries.size(), entry.sequence(), entry.sequence() > expected
            ? "Entry " + expected + (entry.sequence() - expected > 1 ? " to " + (entry.sequence() - 1) : "")
                + " is missing before entry " + entry.sequence() + ": removed from the record."
            : "Entry " + entry.sequence() + " appears twice or out of order.", head);
      }
      if (!Objects.equals(entry.previousHash(), previousHash)) {
        return ChainCheck.broken(entries.size(), entry.sequence(), "Entry " + entry.sequence()
            + " does not follow entry " + (expected - 1) + ": its previous hash is not that entry's hash "
            + "(an earlier entry was changed and re-hashed, or this one was inserted).", head);
      }
      if (!Objects.equals(entry.hash(), hash(entry))) {
        return ChainCheck.broken(entries.size(), entry.sequence(), "Entry " + entry.sequence()
            + " was changed after it was recorded: its content no longer matches its hash.", head);
      }
      previousHash = entry.hash();
      expected++;
    }
    return ChainCheck.intact(entries.size(), head);
  }

  private static DecisionEntry withHash(DecisionEntry e, String hash) {
    return new DecisionEntry(e.sequence(), e.programmeCode(), e.processInstanceId(), e.kind(), e.subject(),
        e.party(), e.actor(), e.outcome(), e.reason(), e.occurredAt(), e.previousHash(), hash);
  }
}
