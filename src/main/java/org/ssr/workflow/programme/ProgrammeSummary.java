package org.ssr.workflow.programme;

import java.util.Map;

/**
 * What a programme leaves behind for Cockpit when it ends.
 *
 * @param status READY_FOR_IMPLEMENTATION or ENDED_BY_CRITICAL_RISK
 * @param text a plain-language summary
 * @param details the same as structured data (stored as Json)
 */
public record ProgrammeSummary(String status, String text, Map<String, Object> details) {

  public static final String READY_FOR_IMPLEMENTATION = "READY_FOR_IMPLEMENTATION";
  public static final String ENDED_BY_CRITICAL_RISK = "ENDED_BY_CRITICAL_RISK";
}
