package org.ssr.workflow.programme;

import java.util.List;

/**
 * @param heard every required or additional segment heard in any session so far, in order of first hearing
 * @param missing required segments not heard yet, in the order they were required
 * @param missingText the missing segments in plain language, for the next dialog form
 */
public record InclusivenessResult(List<String> heard, List<String> missing, String missingText) {

  public boolean allHeard() {
    return missing.isEmpty();
  }
}
