package org.ssr.workflow.decision;

/**
 * The result of recomputing a programme's decision chain.
 *
 * @param intact every entry matches its hash and follows the one before it
 * @param entries how many entries were checked
 * @param brokenAt the sequence number of the first entry that does not match, null when intact
 * @param problem what is wrong with that entry, null when intact
 * @param headHash the hash of the newest entry (null for an empty record): whoever keeps it can later tell whether
 *     the record was rewritten as a whole
 */
public record ChainCheck(boolean intact, int entries, Long brokenAt, String problem, String headHash) {

  static ChainCheck intact(int entries, String headHash) {
    return new ChainCheck(true, entries, null, null, headHash);
  }

  static ChainCheck broken(int entries, long brokenAt, String problem, String headHash) {
    return new ChainCheck(false, entries, brokenAt, problem, headHash);
  }
}
