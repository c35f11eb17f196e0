package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ChangeRequestProcess.Variables.*;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.ssr.workflow.programme.ProgrammeChanges;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;
import org.ssr.workflow.programme.ProgrammeLanguage;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * ServiceTask_CheckChangeRequest, synchronous right after the start form: the programme must be running and able to
 * take the change now (in implementation for the strategy, oversight in place for the charter), with nothing of the
 * same kind under way and a reason given. A refusal names the field and what to do; nothing is started.
 */
@Component(ChangeRequestProcess.Beans.CHECK)
public class CheckChangeRequestDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String typed = PROGRAMME_CODE.from(execution).get();
    ProgrammeCode code = ProgrammeCode.parse(typed).orElseThrow(() -> refused(
        "Programme code (programmeCode): give the code of a running programme, for example SSR-2026-01"
            + (typed == null || typed.isBlank() ? "." : "; '" + typed + "' is not a programme code.")));
    String kind = CHANGE_KIND.from(execution).get();
    if (kind == null || !ChangeRequestProcess.Kinds.ALL.contains(kind)) {
      throw refused("What to change (changeKind): choose the transformation strategy or the oversight charter.");
    }
    String reason = CHANGE_REASON.from(execution).get();
    if (reason == null || reason.isBlank()) {
      throw refused("Reason (changeReason): say why the change is needed; the oversight bodies read it.");
    }
    ProcessEngineServices engine = execution.getProcessEngineServices();
    ProcessInstance programme = ProgrammeDirectory.of(engine).running(code).orElse(null);
    String target = ChangeRequestProcess.Kinds.STRATEGY.equals(kind)
        ? strategyTaker(engine, code, programme)
        : charterTaker(engine.getRuntimeService(), code, programme);
    PROGRAMME_CODE.on(execution).set(code.value());
    ProgrammeLanguage.keep(execution, code.value());
    CHANGE_REASON.on(execution).set(reason.strip());
    CHANGE_TARGET_INSTANCE.on(execution).set(target);
    String user = CHANGE_REQUESTED_BY.from(execution).orElse("unknown");
    CHANGE_REQUESTED_BY.on(execution).set(user);
    CHANGE_REQUESTING_PARTY.on(execution).set(party(engine, user));
    if (execution.getBusinessKey() == null) {
      // Tasklist starts without a business key: the programme code is the natural one
      execution.setProcessBusinessKey(code.value());
    }
  }

  private static String strategyTaker(ProcessEngineServices engine, ProgrammeCode code, ProcessInstance programme) {
    String implementation = ProgrammeChanges.takerOf(engine.getRuntimeService(),
        ImplementationProcess.MESSAGE_AMENDMENT_REQUESTED, code.value()).orElse(null);
    if (implementation == null) {
      throw refused(programme == null ? notRunning(code)
          : "Programme code (programmeCode): programme " + code + " is not in implementation yet; its strategy is"
              + " changed in step 9 (Transformation strategy) until the plan is approved.");
    }
    if (Amendments.underWay(engine, implementation)) {
      throw refused("What to change (changeKind): an amendment of programme " + code + "'s strategy is already under"
          + " way; the coordination unit's task \"Amend the transformation strategy\" or its oversight review takes"
          + " your reasons. Ask again once it is decided.");
    }
    return implementation;
  }

  private static String charterTaker(RuntimeService runtime, ProgrammeCode code, ProcessInstance programme) {
    if (programme == null) {
      throw refused(notRunning(code));
    }
    if (!Boolean.TRUE.equals(ProgrammeProcess.Variables.OVERSIGHT_IN_PLACE.read(
        runtime.getVariable(programme.getId(), ProgrammeProcess.Variables.OVERSIGHT_IN_PLACE.name())))) {
      throw refused("What to change (changeKind): programme " + code + " has no oversight in place yet; its charter"
          + " is recorded in step 11 (Governance and oversight structures), where it can still be changed.");
    }
    if (ProgrammeChanges.takerOf(runtime, ProgrammeProcess.Messages.OVERSIGHT_CHARTER_AMENDMENT_REQUESTED,
        code.value()).isEmpty()) {
      throw refused("What to change (changeKind): programme " + code + " takes no charter amendment at the moment."
          + " Please tell the programme managers.");
    }
    if (runtime.createExecutionQuery().processInstanceId(programme.getId())
        .activityId(ProgrammeProcess.Elements.AMEND_OVERSIGHT_CHARTER).count() > 0) {
      throw refused("What to change (changeKind): an amendment of programme " + code + "'s oversight charter is"
          + " already open with the coordination unit.");
    }
    return programme.getId();
  }

  private static String notRunning(ProgrammeCode code) {
    return "Programme code (programmeCode): there is no running programme with the code " + code + ". Please check"
        + " the code (for example in Tasklist or Cockpit).";
  }

  /** The first of the requesting groups the user belongs to: on whose behalf the change is asked. */
  private static String party(ProcessEngineServices engine, String user) {
    java.util.Set<String> groups = new java.util.HashSet<>();
    for (Group group : engine.getIdentityService().createGroupQuery().groupMember(user).list()) {
      groups.add(group.getId());
    }
    return ChangeRequestProcess.REQUESTING_GROUPS.stream().filter(groups::contains).findFirst().orElse(user);
  }

  private static ImplementationInputRejectedException refused(String message) {
    return new ImplementationInputRejectedException(message);
  }
}
