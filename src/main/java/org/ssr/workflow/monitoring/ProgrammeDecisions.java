package org.ssr.workflow.monitoring;

import java.util.List;
import org.ssr.workflow.decision.ChainCheck;
import org.ssr.workflow.decision.DecisionEntry;
import org.ssr.workflow.decision.DecisionRecord;

/**
 * The answer of {@code GET /api/programmes/{code}/decisions}: the programme's decision record in order and whether
 * its hash chain is intact; when it is not, the first entry that does not match and why.
 *
 * @param headHash the newest entry's hash: noted down (it is also in the programme report), it shows later whether
 *     the record was rewritten as a whole
 */
public record ProgrammeDecisions(String programmeCode, boolean chainIntact, int count, Long brokenAt, String problem,
    String headHash, List<DecisionEntry> entries) {

  static ProgrammeDecisions of(String programmeCode, DecisionRecord.Checked record) {
    ChainCheck chain = record.chain();
    return new ProgrammeDecisions(programmeCode, chain.intact(), chain.entries(), chain.brokenAt(), chain.problem(),
        chain.headHash(), record.entries());
  }
}
