package org.ssr.workflow.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.risk.RiskHandlingProcess;

/**
 * The variables monitoring reads, named by the catalogues of the features that write them wherever one exists
 * (CONVENTIONS "Programme variables" for the rest).
 */
final class ProgrammeVariableNames {

  static final String PROGRAMME_CODE = ProgrammeProcess.Variables.PROGRAMME_CODE.name();
  static final String PROGRAMME_NAME = ProgrammeProcess.Variables.PROGRAMME_NAME.name();
  static final String PROGRAMME_TERM = ProgrammeProcess.Variables.PROGRAMME_TERM.name();
  static final String COUNTRY = "country";
  static final String DECISION_LOG = ProgrammeProcess.Variables.DECISION_LOG.name();
  /** Scoping result: list of {step, title, applies, justification} (org.ssr.workflow.programme.ScopedStep). */
  static final String STEP_SCOPE = "stepScope";
  /** Scoping result: the steps that do not apply, {step, title, justification}. */
  static final String SKIPPED_STEPS = "skippedSteps";
  static final String TRANSFORMATION_ON_HOLD = RiskHandlingProcess.Variables.TRANSFORMATION_ON_HOLD.name();
  static final String PROGRAMME_END_REASON = RiskHandlingProcess.Variables.PROGRAMME_END_REASON.name();
  /** ssr-programme maps risk-handling's programmeEndReason out under this name. */
  static final String RISK_END_REASON = "riskEndReason";

  /** The scoping gateways' flags: applyStep3 … applyStep10. */
  static String applyStep(int step) {
    return "applyStep" + step;
  }

  static final List<String> ALL;

  static {
    List<String> all = new ArrayList<>(List.of(PROGRAMME_CODE, PROGRAMME_NAME, PROGRAMME_TERM, COUNTRY, DECISION_LOG,
        STEP_SCOPE, SKIPPED_STEPS, TRANSFORMATION_ON_HOLD, PROGRAMME_END_REASON, RISK_END_REASON));
    for (int step = 3; step <= 10; step++) {
      all.add(applyStep(step));
    }
    ALL = List.copyOf(all);
  }

  static final List<String> REVIEW = List.of(
      OversightReviewProcess.Variables.REVIEW_KIND.name(),
      OversightReviewProcess.Variables.REVIEW_SUBJECT.name(),
      OversightReviewProcess.Variables.REVIEW_VERSION.name(),
      OversightReviewProcess.Variables.REVIEW_GROUPS.name(),
      OversightReviewProcess.Variables.REVIEW_DUE_DATE.name(),
      OversightReviewProcess.Variables.REVIEW_OUTCOME.name(),
      OversightReviewProcess.Variables.REVIEW_DECISIONS.name());

  static final List<String> RISK = List.of(
      RiskHandlingProcess.Variables.RISK_ID.name(),
      RiskHandlingProcess.Variables.RISK_TITLE.name(),
      RiskHandlingProcess.Variables.RISK_CATEGORY.name(),
      RiskHandlingProcess.Variables.RISK_REPORTED_BY.name(),
      RiskHandlingProcess.Variables.RISK_LEVEL.name(),
      RiskHandlingProcess.Variables.RISK_STATUS.name(),
      RiskHandlingProcess.Variables.RISK_OWNER.name(),
      RiskHandlingProcess.Variables.RISK_LOG.name());

  private ProgrammeVariableNames() {}
}
