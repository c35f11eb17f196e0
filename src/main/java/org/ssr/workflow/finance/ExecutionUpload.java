package org.ssr.workflow.finance;

import java.util.List;

/** The outcome of a budget execution upload: a new version with its variance, or the list of problems. */
public sealed interface ExecutionUpload {

  record Accepted(int version, BudgetVariance variance) implements ExecutionUpload {}

  record Refused(List<PlanError> errors) implements ExecutionUpload {
    public List<String> messages() {
      return errors.stream().map(PlanError::message).toList();
    }
  }
}
