package org.ssr.workflow.implementation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * Catalogue of {@code bpmn/programme-change-request.bpmn}, "Request a change to a programme": the coordination unit
 * or an oversight body asks, from Tasklist's <em>Start process</em>, for an amendment of a running programme's
 * transformation strategy (in implementation) or of its oversight charter (after step 11). The request is checked
 * synchronously (a refusal names the field) and sent to the programme as a message (docs/implementation.md).
 */
public final class ChangeRequestProcess {

  public static final String KEY = "programme-change-request";
  public static final String RESOURCE = "bpmn/programme-change-request.bpmn";
  public static final String FORM = "programme-change-request";

  private ChangeRequestProcess() {}

  public static final class Elements {
    public static final String START = "StartEvent_ChangeRequested";
    public static final String CHECK = "ServiceTask_CheckChangeRequest";
    public static final String KIND = "Gateway_ChangeKind";
    public static final String REQUEST_AMENDMENT = "IntermediateThrowEvent_StrategyAmendmentRequested";
    public static final String REQUEST_CHARTER_AMENDMENT = "IntermediateThrowEvent_CharterAmendmentRequested";
    public static final String AMENDMENT_SENT = "EndEvent_StrategyAmendmentOpened";
    public static final String CHARTER_AMENDMENT_SENT = "EndEvent_CharterAmendmentOpened";

    private Elements() {}
  }

  public static final class Beans {
    public static final String CHECK = "checkChangeRequestDelegate";
    public static final String SEND = "sendChangeRequestDelegate";

    private Beans() {}
  }

  /** What may be changed. */
  public static final class Kinds {
    /** The transformation strategy's actions, indicators and plan lines (a re-baselining under oversight review). */
    public static final String STRATEGY = "strategy";
    /** Which oversight bodies review what (step 11's charter), from the next review on. */
    public static final String OVERSIGHT_CHARTER = "oversightCharter";
    public static final List<String> ALL = List.of(STRATEGY, OVERSIGHT_CHARTER);

    private Kinds() {}
  }

  /** Who may ask (CREATE_INSTANCE, identity.RoleAuthorizations); the first the requester belongs to is recorded. */
  public static final List<String> REQUESTING_GROUPS = List.of("coordinationUnit", "parliamentOversight",
      "justiceOversight", "civilSocietyMonitor");

  public static final class Variables {
    public static final Variable<String> PROGRAMME_CODE = ProgrammeProcess.Variables.PROGRAMME_CODE;
    /** {@link Kinds#STRATEGY} or {@link Kinds#OVERSIGHT_CHARTER}. */
    public static final Variable<String> CHANGE_KIND = Variable.text("changeKind");
    public static final Variable<String> CHANGE_REASON = ProgrammeProcess.Variables.CHANGE_REASON;
    /** The initiator (camunda:initiator). */
    public static final Variable<String> CHANGE_REQUESTED_BY = ProgrammeProcess.Variables.CHANGE_REQUESTED_BY;
    public static final Variable<String> CHANGE_REQUESTING_PARTY = ProgrammeProcess.Variables.CHANGE_REQUESTING_PARTY;
    /** The process instance that takes the request: the programme's implementation, or the programme itself. */
    public static final Variable<String> CHANGE_TARGET_INSTANCE = Variable.text("changeTargetInstanceId");

    private Variables() {}
  }

  /** The start form supplies what the process reads (FormsDeployedTest). */
  public static final Map<String, Set<String>> FORM_VARIABLES = Map.of(Elements.START, Set.of(
      Variables.PROGRAMME_CODE.name(), Variables.CHANGE_KIND.name(), Variables.CHANGE_REASON.name()));
}
