package org.ssr.workflow.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hash chain without a database: the canonical form, and every kind of tampering named at the right entry. */
class DecisionChainTest {

  private static final Instant AT = Instant.parse("2026-03-02T09:00:00.123456Z");

  @Test
  void canonicalForm_isTheDocumentedOne_andTheHashItsSha256() {
    DecisionEntry first = DecisionChain.next(null, new DecisionMade(" ssr-1 ", "pi-1", "OVERSIGHT_REVIEW",
        "NSP: Politique nationale, version 2", "parliamentOversight", "parliament", "approved", null, AT));

    assertThat(first.sequence()).isEqualTo(1);
    assertThat(first.programmeCode()).isEqualTo("SSR-1");
    assertThat(first.occurredAt()).as("kept to the millisecond").isEqualTo(Instant.parse("2026-03-02T09:00:00.123Z"));
    assertThat(first.previousHash()).isEqualTo(DecisionChain.GENESIS).hasSize(64);
    assertThat(DecisionChain.canonical(first)).isEqualTo("""
        ssr-decision-record-v1
        1:1
        5:SSR-1
        4:pi-1
        16:OVERSIGHT_REVIEW
        35:NSP: Politique nationale, version 2
        19:parliamentOversight
        10:parliament
        8:approved
        0:
        24:2026-03-02T09:00:00.123Z
        64:0000000000000000000000000000000000000000000000000000000000000000
        """);
    // the same text through any SHA-256 tool (echo -n ... | sha256sum) gives the stored hash
    assertThat(first.hash()).matches("[0-9a-f]{64}").isEqualTo(DecisionChain.hash(first));

    DecisionEntry absent = DecisionChain.next(first, new DecisionMade("SSR-1", null, "RISK", null, null, null,
        "accept", "", AT));
    assertThat(DecisionChain.canonical(absent)).contains("\n5:SSR-1\n-\n4:RISK\n-\n-\n-\n6:accept\n0:\n")
        .endsWith("64:" + first.hash() + "\n");
    // a multi-byte character counts its UTF-8 bytes, so no two different entries share a form
    assertThat(DecisionChain.canonical(DecisionChain.next(null, new DecisionMade("SSR-1", null, "CONSENT",
        "segment women", "women", "coordinator", "consent", "Accord donné à Bouaké", AT))))
        .contains("\n24:Accord donné à Bouaké\n");
  }

  @Test
  void anIntactChainIsIntact_andEmptyIsIntactToo() {
    assertThat(DecisionChain.verify(List.of())).isEqualTo(new ChainCheck(true, 0, null, null, null));
    List<DecisionEntry> chain = chain(4);
    ChainCheck check = DecisionChain.verify(chain);
    assertThat(check.intact()).isTrue();
    assertThat(check.entries()).isEqualTo(4);
    assertThat(check.headHash()).isEqualTo(chain.get(3).hash());
  }

  @Test
  void aChangedEntry_isNamed() {
    List<DecisionEntry> chain = chain(4);
    DecisionEntry e = chain.get(1);
    chain.set(1, new DecisionEntry(e.sequence(), e.programmeCode(), e.processInstanceId(), e.kind(), e.subject(),
        e.party(), e.actor(), "approved", e.reason(), e.occurredAt(), e.previousHash(), e.hash()));

    ChainCheck check = DecisionChain.verify(chain);
    assertThat(check.intact()).isFalse();
    assertThat(check.brokenAt()).isEqualTo(2);
    assertThat(check.problem()).isEqualTo(
        "Entry 2 was changed after it was recorded: its content no longer matches its hash.");
  }

  @Test
  void aChangedAndReHashedEntry_breaksTheNextOne() {
    List<DecisionEntry> chain = chain(4);
    DecisionEntry e = chain.get(1);
    DecisionEntry forged = new DecisionEntry(e.sequence(), e.programmeCode(), e.processInstanceId(), e.kind(),
        e.subject(), e.party(), e.actor(), "approved", e.reason(), e.occurredAt(), e.previousHash(), null);
    chain.set(1, new DecisionEntry(e.sequence(), e.programmeCode(), e.processInstanceId(), e.kind(), e.subject(),
        e.party(), e.actor(), "approved", e.reason(), e.occurredAt(), e.previousHash(), DecisionChain.hash(forged)));

    ChainCheck check = DecisionChain.verify(chain);
    assertThat(check.brokenAt()).isEqualTo(3);
    assertThat(check.problem()).startsWith("Entry 3 does not follow entry 2");
  }

  @Test
  void aRemovedEntry_isNamedAtTheGap() {
    List<DecisionEntry> chain = chain(4);
    chain.remove(1);

    ChainCheck check = DecisionChain.verify(chain);
    assertThat(check.brokenAt()).isEqualTo(3);
    assertThat(check.problem()).isEqualTo("Entry 2 is missing before entry 3: removed from the record.");
  }

  private static List<DecisionEntry> chain(int n) {
    List<DecisionEntry> chain = new ArrayList<>();
    DecisionEntry previous = null;
    for (int i = 1; i <= n; i++) {
      previous = DecisionChain.next(previous, new DecisionMade("SSR-1", "pi-" + i, "OVERSIGHT_REVIEW", "NSP v" + i,
          "parliamentOversight", "parliament", i % 2 == 0 ? "returned" : "approved", "reason " + i,
          AT.plusSeconds(i)));
      chain.add(previous);
    }
    return chain;
  }
}
