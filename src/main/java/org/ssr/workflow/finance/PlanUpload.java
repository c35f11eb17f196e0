package org.ssr.workflow.finance;

import java.util.List;

/** The outcome of an upload: a new version with its totals, or the list of problems. */
public sealed interface PlanUpload {

  record Accepted(int version, PlanTotals totals) implements PlanUpload {}

  record Refused(List<PlanError> errors) implements PlanUpload {
    public List<String> messages() {
      return errors.stream().map(PlanError::message).toList();
    }
  }
}
