package org.ssr.workflow.risk;

import org.ssr.workflow.engine.RejectedInput;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * A risk was reported against a programme that does not exist, has ended, or takes no reports. Thrown from the
 * synchronous first task of risk-report, so the transaction rolls back, nothing starts, and the message reaches
 * the Tasklist user (or the REST client) as it is, in that person's language.
 */
public class ProgrammeNotRunningException extends ProcessEngineException implements RejectedInput {

  public enum Reason { UNKNOWN, ENDED, NOT_ACCEPTING }

  private final String programmeCode;
  private final Reason reason;

  public ProgrammeNotRunningException(String programmeCode, Reason reason, String message) {
    super(message);
    this.programmeCode = programmeCode;
    this.reason = reason;
  }

  /**
   * The refusal {@code refused.<key>} of i18n/risk in the language of the person reporting (docs/languages.md); the
   * programme's language when nobody is waiting (see {@link RiskInputRejectedException#languageOf}).
   */
  static ProgrammeNotRunningException of(DelegateExecution execution, String programmeCode, Reason reason, String key,
      Object... args) {
    return new ProgrammeNotRunningException(programmeCode, reason,
        RiskInputRejectedException.text(RiskInputRejectedException.languageOf(execution), key, args));
  }

  public String getProgrammeCode() {
    return programmeCode;
  }

  public Reason getReason() {
    return reason;
  }
}
