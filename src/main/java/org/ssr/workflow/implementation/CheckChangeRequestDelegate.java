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
 * same kind under way and a reason given. A refusal names the field and what to do, in the requesting person's
 * language (docs/languages.md); nothing is started.
 */
@Component(ChangeRequestProcess.Beans.CHECK)
public class CheckChangeRequestDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String typed = PROGRAMME_CODE.from(execution).get();
    ProgrammeCode code = ProgrammeCode.parse(typed).orElseThrow(() -> typed == null || typed.isBlank()
        ? refused(execution, "change.noCode") : refused(execution, "change.notACode", typed));
    String kind = CHANGE_KIND.from(execution).get();
    if (kind == null || !ChangeRequestProcess.Kinds.ALL.contains(kind)) {
      throw refused(execution, "change.kind");
    }
    String reason = CHANGE_REASON.from(execution).get();
    if (reason == null || reason.isBlank()) {
      throw refused(execution, "change.reason");
    }
    ProcessEngineServices engine = execution.getProcessEngineServices();
    ProcessInstance programme = ProgrammeDirectory.of(engine).running(code).orElse(null);
    String target = ChangeRequestProcess.Kinds.STRATEGY.equals(kind)
        ? strategyTaker(execution, code, programme)
        : charterTaker(execution, code, programme);
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

  private static String strategyTaker(DelegateExecution execution, ProgrammeCode code, ProcessInstance programme) {
    ProcessEngineServices engine = execution.getProcessEngineServices();
    String implementation = ProgrammeChanges.takerOf(engine.getRuntimeService(),
        ImplementationProcess.MESSAGE_AMENDMENT_REQUESTED, code.value()).orElse(null);
    if (implementation == null) {
      throw programme == null ? refused(execution, "change.notRunning", code.value())
          : refused(execution, "change.notInImplementation", code.value());
    }
    if (Amendments.underWay(engine, implementation)) {
      throw refused(execution, "change.strategyUnderWay", code.value());
    }
    return implementation;
  }

  private static String charterTaker(DelegateExecution execution, ProgrammeCode code, ProcessInstance programme) {
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    if (programme == null) {
      throw refused(execution, "change.notRunning", code.value());
    }
    if (!Boolean.TRUE.equals(ProgrammeProcess.Variables.OVERSIGHT_IN_PLACE.read(
        runtime.getVariable(programme.getId(), ProgrammeProcess.Variables.OVERSIGHT_IN_PLACE.name())))) {
      throw refused(execution, "change.noOversight", code.value());
    }
    if (ProgrammeChanges.takerOf(runtime, ProgrammeProcess.Messages.OVERSIGHT_CHARTER_AMENDMENT_REQUESTED,
        code.value()).isEmpty()) {
      throw refused(execution, "change.noCharterAmendment", code.value());
    }
    if (runtime.createExecutionQuery().processInstanceId(programme.getId())
        .activityId(ProgrammeProcess.Elements.AMEND_OVERSIGHT_CHARTER).count() > 0) {
      throw refused(execution, "change.charterUnderWay", code.value());
    }
    return programme.getId();
  }

  /** The first of the requesting groups the user belongs to: on whose behalf the change is asked. */
  private static String party(ProcessEngineServices engine, String user) {
    java.util.Set<String> groups = new java.util.HashSet<>();
    for (Group group : engine.getIdentityService().createGroupQuery().groupMember(user).list()) {
      groups.add(group.getId());
    }
    return ChangeRequestProcess.REQUESTING_GROUPS.stream().filter(groups::contains).findFirst().orElse(user);
  }

  /** A refusal in the requesting person's language (docs/languages.md): {@code refused.<key>} of i18n/implementation. */
  private static ImplementationInputRejectedException refused(DelegateExecution execution, String key,
      Object... args) {
    return ImplementationInputRejectedException.of(execution, key, args);
  }
}
