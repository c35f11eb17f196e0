package org.ssr.workflow.notification;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;
import org.ssr.workflow.programme.ProgrammeLanguage;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * Writes messages about engine work to the outbox, inside the engine's command (and so its transaction). Shared by
 * the task and execution listeners that the {@link NotificationParseListener} adds to the models.
 */
class NotificationWriter {

  private final NotificationOutbox outbox;
  private final NotificationMessages messages;

  NotificationWriter(NotificationOutbox outbox, NotificationMessages messages) {
    this.outbox = outbox;
    this.messages = messages;
  }

  /** One message per recipient about the given work. */
  void write(NotificationKind kind, NotificationMessages.Work work, String processInstanceId,
      List<Recipient> recipients) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    for (Recipient recipient : recipients) {
      NotificationMessages.Text text = messages.compose(kind, work, recipient);
      outbox.enqueue(new NewMessage(kind, recipient, work.taskId(), processInstanceId, work.programmeCode(), null,
          text.subject(), text.body()), now);
    }
  }

  /** The programme code (every process of a programme carries it) and the programme's name where known. */
  static NotificationMessages.Work work(ProcessEngineServices engine, VariableScope scope, String processDefinitionId,
      String taskName, Date due, String taskId) {
    return work(engine, ProgrammeProcess.Variables.PROGRAMME_CODE.from(scope).get(),
        ProgrammeProcess.Variables.PROGRAMME_NAME.from(scope).get(), processDefinitionId, taskName, due, taskId,
        ProgrammeLanguage.of(engine, scope));
  }

  /** The same from a task's variables read outside a listener (reminders). */
  static NotificationMessages.Work work(ProcessEngineServices engine, Map<String, ?> variables,
      String processDefinitionId, String taskName, Date due, String taskId) {
    String code = ProgrammeProcess.Variables.PROGRAMME_CODE.from(variables).get();
    String language = ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.from(variables).get();
    return work(engine, code, ProgrammeProcess.Variables.PROGRAMME_NAME.from(variables).get(), processDefinitionId,
        taskName, due, taskId, language != null ? Languages.orEnglish(language) : ProgrammeLanguage.ofCode(engine, code));
  }

  private static NotificationMessages.Work work(ProcessEngineServices engine, String code, String knownName,
      String processDefinitionId, String taskName, Date due, String taskId, String language) {
    String name = knownName;
    if (name == null && code != null) {
      name = programmeName(engine, code);
    }
    String processName = null;
    if (processDefinitionId != null) {
      ProcessDefinition definition = engine.getRepositoryService().getProcessDefinition(processDefinitionId);
      processName = definition.getName() != null ? definition.getName() : definition.getKey();
    }
    return new NotificationMessages.Work(code, name, processName, taskName, due == null ? null : due.toInstant(),
        taskId, language);
  }

  /** The name of the running programme with this code (a called review or risk carries only the code). */
  @SuppressWarnings("unchecked")
  private static String programmeName(ProcessEngineServices engine, String code) {
    return ProgrammeCode.parse(code).flatMap(ProgrammeDirectory.of(engine)::running).map(ProcessInstance::getId)
          .map(id -> engine.getRuntimeService().getVariables(id,
              List.of(ProgrammeProcess.Variables.PROGRAMME_NAME.name())))
          .map(vars -> ProgrammeProcess.Variables.PROGRAMME_NAME.from((Map<String, ?>) vars).get())
          .orElse(null);
  }
}
