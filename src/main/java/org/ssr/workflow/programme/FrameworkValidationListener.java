package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.AGENCY_FRAMEWORK_DOCUMENT;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.AGENCY_FRAMEWORK_TITLE;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.AGENCY_FRAMEWORK_VERSION;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.AGREEMENT_LEDGER;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.INSTITUTION;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.INSTITUTION_NAME;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.NSP_DOCUMENT;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.NSP_TITLE;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.NSP_VERSION;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.PROGRAMME_CODE;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.VALIDATION_DECISION;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.VALIDATION_DOCUMENT_LINK;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.VALIDATION_DOCUMENT_TEXT;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.VALIDATION_LEDGER_TEXT;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.VALIDATION_REASONS;

import java.time.Instant;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.ssr.workflow.decision.DecisionMade;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.programme.Institution.OversightBody;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;

/**
 * "Validate that the framework reflects the national dialog's agreements" (steps 6 and 7, {@code create} and {@code
 * complete}). On create: the agreements ledger and the document as text for the form, last round's decision cleared,
 * and READ on the task for the facilitators, who observe (they see it in Tasklist, cannot claim or complete it). On
 * complete: the decision checked (reasons required when returning), published as a {@link DecisionMade} of kind
 * VALIDATION for the programme's decision record (nowhere else). On complete or delete the facilitators' grant goes.
 */
@Component(ProgrammeProcess.Beans.FRAMEWORK_VALIDATION)
public class FrameworkValidationListener implements TaskListener {

  /** The facilitators' group (docs/roles.md): observers of the validation. */
  static final String OBSERVERS = "facilitators";

  private final ApplicationEventPublisher events;

  public FrameworkValidationListener(ApplicationEventPublisher events) {
    this.events = events;
  }

  /** What is validated: the NSP, or one institution's framework. */
  private record Validated(String subjectKey, String subject, Integer version, Variable<FileValue> document) {}

  @Override
  public void notify(DelegateTask task) {
    if (TaskListener.EVENTNAME_CREATE.equals(task.getEventName())) {
      prepare(task);
    } else if (TaskListener.EVENTNAME_COMPLETE.equals(task.getEventName())) {
      record(task);
      unobserve(task.getId());
    } else if (TaskListener.EVENTNAME_DELETE.equals(task.getEventName())) {
      unobserve(task.getId());
    }
  }

  private static Validated validated(DelegateTask task) {
    if (Elements.VALIDATE_AGENCY_FRAMEWORK.equals(task.getTaskDefinitionKey())) {
      Integer version = AGENCY_FRAMEWORK_VERSION.from(task).get();
      return new Validated("agencyFramework " + INSTITUTION.from(task).get() + " v" + version,
          "Policy framework of " + INSTITUTION_NAME.from(task).get() + ": " + AGENCY_FRAMEWORK_TITLE.from(task).get(),
          version, AGENCY_FRAMEWORK_DOCUMENT);
    }
    Integer version = NSP_VERSION.from(task).get();
    return new Validated("nsp v" + version, "National Security Policy framework: " + NSP_TITLE.from(task).get(),
        version, NSP_DOCUMENT);
  }

  /** The validated document as the form shows it, in the programme's language (the record keeps {@link #validated}). */
  private static String shownSubject(DelegateTask task, ProgrammeWords words) {
    if (Elements.VALIDATE_AGENCY_FRAMEWORK.equals(task.getTaskDefinitionKey())) {
      String institution = INSTITUTION.from(task).get();
      String name = Languages.ENGLISH.equals(words.language()) || institution == null
          ? INSTITUTION_NAME.from(task).get() : words.institution(institution);
      return words.text("validation.agencyFramework", name, AGENCY_FRAMEWORK_TITLE.from(task).get());
    }
    return words.text("validation.nsp", NSP_TITLE.from(task).get());
  }

  private static void prepare(DelegateTask task) {
    Validated validated = validated(task);
    ProgrammeWords words = ProgrammeWords.of(ProgrammeLanguage.of(task));
    VALIDATION_LEDGER_TEXT.on(task).setLocal(FrameworkValidation.ledgerText(AGREEMENT_LEDGER.from(task).get(), words));
    VALIDATION_DOCUMENT_TEXT.on(task).setLocal(words.text("validation.document", shownSubject(task, words),
        String.valueOf(validated.version())));
    FileValue file = validated.document().from(task).get();
    // the webapps' engine API, read with the Tasklist session of the user who opens the task
    VALIDATION_DOCUMENT_LINK.on(task).setLocal(file == null ? null : "/camunda/api/engine/engine/default/task/"
        + task.getId() + "/variables/" + validated.document().name() + "/data");
    // a new round: the last round's decision and reasons are not this one's
    VALIDATION_DECISION.on(task.getExecution()).set(null);
    VALIDATION_REASONS.on(task.getExecution()).set(null);
    observe(task.getId());
  }

  /**
   * READ on the task for the observers, inserted as the engine inserts a task's default grants (without the
   * authorization check of whoever completed the previous task); removed when the task is completed or deleted.
   */
  private static void observe(String taskId) {
    AuthorizationEntity observe = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
    observe.setGroupId(OBSERVERS);
    observe.setResource(Resources.TASK);
    observe.setResourceId(taskId);
    observe.addPermission(Permissions.READ);
    CommandContext context = Context.getCommandContext();
    context.runWithoutAuthorization(() -> {
      context.getAuthorizationManager().insert(observe);
      return null;
    });
  }

  private static void unobserve(String taskId) {
    CommandContext context = Context.getCommandContext();
    // the observers' grant only (deleteAuthorizationsByResourceId would skip it while authorization checks are off)
    AuthorizationQueryImpl grants = new AuthorizationQueryImpl();
    grants.resourceType(Resources.TASK).resourceId(taskId).groupIdIn(OBSERVERS);
    context.runWithoutAuthorization(() -> {
      for (Authorization grant : context.getAuthorizationManager().selectAuthorizationByQueryCriteria(grants)) {
        context.getAuthorizationManager().delete((AuthorizationEntity) grant);
      }
      return null;
    });
  }

  private void record(DelegateTask task) {
    String reasons = VALIDATION_REASONS.from(task).get();
    String decision = FrameworkValidation.decide(VALIDATION_DECISION.from(task).get(), reasons,
        ProgrammeLanguage.of(task));
    reasons = reasons == null || reasons.isBlank() ? null : reasons.strip();
    VALIDATION_DECISION.on(task.getExecution()).set(decision);
    VALIDATION_REASONS.on(task.getExecution()).set(reasons);
    Validated validated = validated(task);
    String actor = OversightCharterListener.whoRecorded(task);
    // the decision record is where a validation is kept and read (the summary, monitoring, the report)
    Instant now = ClockUtil.getCurrentTime().toInstant();
    events.publishEvent(new DecisionMade(PROGRAMME_CODE.from(task).get(), task.getProcessInstanceId(),
        FrameworkValidation.KIND, validated.subjectKey(), OversightBody.CIVIL_SOCIETY_MONITOR, actor, decision,
        reasons, now));
  }
}
