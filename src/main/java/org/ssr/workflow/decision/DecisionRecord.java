package org.ssr.workflow.decision;

import java.util.List;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.stereotype.Service;

/**
 * The programmes' append-only decision record: appends a decision at the end of its programme's hash chain, lists a
 * programme's entries and checks its chain. The only record of who decided what (docs/operations.md): no process
 * variable keeps a copy, and every reader of decisions (summary, consent rule, monitoring, reports) reads this.
 */
@Service
public class DecisionRecord {

  private final DecisionRecordRepository repository;

  public DecisionRecord(DecisionRecordRepository repository) {
    this.repository = repository;
  }

  /**
   * Appends the decision after the programme's newest entry, in the caller's transaction. Two appends for one
   * programme at the same moment read the same newest entry; the unique (programme_code, sequence_no) lets only one
   * store the next number and the other fails with {@link DecisionRecordConflictException}, so the chain never forks.
   */
  public DecisionEntry append(DecisionMade decision) {
    String code = DecisionChain.programmeCode(decision.programmeCode());
    DecisionEntry entry = DecisionChain.next(repository.last(code).orElse(null), decision);
    try {
      repository.insert(entry);
    } catch (DuplicateKeyException | PessimisticLockingFailureException | QueryTimeoutException e) {
      throw new DecisionRecordConflictException(code, e);
    }
    return entry;
  }

  /** The programme's entries, oldest first. */
  public List<DecisionEntry> entries(String programmeCode) {
    return repository.entries(DecisionChain.programmeCode(programmeCode));
  }

  /** The programme's entries and whether their chain is intact. */
  public Checked checked(String programmeCode) {
    List<DecisionEntry> entries = entries(programmeCode);
    return new Checked(entries, DecisionChain.verify(entries));
  }

  /** Entries with the result of recomputing their chain. */
  public record Checked(List<DecisionEntry> entries, ChainCheck chain) {}
}
