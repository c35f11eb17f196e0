package org.ssr.workflow.web;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.springframework.dao.ConcurrencyFailureException;
import org.ssr.workflow.engine.RejectedInput;

/**
 * Answers 400 with the plain message when the application refused what a user submitted ({@link RejectedInput}
 * anywhere in the cause chain: the engine wraps what a listener or delegate throws, the REST resources wrap that
 * again; Camunda would answer 500), and 409 Conflict when two requests changed the same thing at the same moment,
 * e.g. two members of one oversight body completing or claiming the same review task. The engine REST API answers
 * 500 with a message about
 * a database row (the engine's {@link OptimisticLockingException}), 500 "Task ... is already claimed by someone
 * else" ({@link TaskAlreadyClaimedException}) or, when the other request had already committed, 500 "Cannot find
 * task" (400 "task is null" for a claim). The user only needs to know that someone else was quicker, that nothing
 * of this request was saved, and what to do. A database lock or write conflict that our own code met inside the
 * request (Spring's {@link ConcurrencyFailureException}, e.g. two financial plans for one programme stored at the
 * same moment) is the same kind of conflict. Every other exception gets exactly Camunda's response.
 *
 * <p>Registered for the exception types Camunda maps ({@link RestException} wraps engine exceptions, e.g. in
 * {@code POST /task/{id}/complete}; {@link ProcessEngineException}; any other {@link Throwable}) on both copies of
 * the engine REST API: {@code /engine-rest} ({@link SsrJerseyResourceConfig}) and the webapps'
 * {@code /camunda/api/engine} that Tasklist calls ({@link WebappEngineApiRegistration}); Camunda's own mappers for
 * these types are not registered there. Tasklist shows the response's {@code message} in its error notification.
 */
public class ConcurrentChangeExceptionMapper {

  static final String CONCURRENT_CHANGE = "Someone else changed this at the same moment (for a task: another user "
      + "completed or changed it first). Nothing of your request was saved. Reload and check what is left to do.";
  static final String TASK_ALREADY_COMPLETED = "This task was already completed by someone else. Nothing of your "
      + "request was saved. Reload the task list and check what is left to do.";
  static final String TASK_ALREADY_CLAIMED = "This task has just been claimed by %s. Nothing of your request was "
      + "saved. Reload the task list and check what is left to do.";

  /**
   * Camunda's own answer to a read of a task that is no longer there. Tasklist reads a task once more while its
   * completion commits (its list and details refresh as the form closes): {@code GET task/{id}} finds the task, then
   * its identity links are gone ("Cannot find task with id …", a 500), or its form is. The task was completed, so the
   * read answers as if it had come a moment later: 404.
   */
  static final String TASK_GONE = "No matching task with id %s";

  /** A read of a task (or of its form, variables, identity links) that a concurrent completion can cut short. */
  private static final Pattern TASK_READ = Pattern.compile(
      "(?:^|/)task/([^/]+)(?:/(form|form-variables|rendered-form|variables|identity-links|comment|attachment))?$");

  /** A task action whose task can vanish under a concurrent completion. */
  private static final Pattern TASK_ACTION = Pattern.compile(
      "(?:^|/)task/([^/]+)/(complete|submit-form|resolve|claim|unclaim|assignee|delegate)$");

  /** The engine named in a path of the webapps' engine API ({@code engine/{name}/task/...}). */
  private static final Pattern NAMED_ENGINE = Pattern.compile("^/?engine/([^/]+)/");

  private final ProcessEngine engine;

  @Context
  private UriInfo uriInfo;

  ConcurrentChangeExceptionMapper(ProcessEngine engine) {
    this.engine = engine;
  }

  Response respond(Throwable exception) {
    RejectedInput rejected = RejectedInput.in(exception);
    if (rejected != null) {
      return status(Response.Status.BAD_REQUEST, "InvalidRequestException", rejected.getMessage());
    }
    OptimisticLockingException conflict = optimisticLockingCause(exception);
    if (conflict != null) {
      return conflict("OptimisticLockingException", CONCURRENT_CHANGE);
    }
    TaskAlreadyClaimedException claimed = cause(exception, TaskAlreadyClaimedException.class);
    if (claimed != null) {
      return conflict("TaskAlreadyClaimedException", String.format(TASK_ALREADY_CLAIMED,
          claimed.getTaskAssignee() == null ? "someone else" : claimed.getTaskAssignee()));
    }
    if (cause(exception, ConcurrencyFailureException.class) != null) {
      return conflict("ConcurrentChangeException", CONCURRENT_CHANGE);
    }
    String completedTask = taskOfAction();
    if (completedTask != null && completedMeanwhile(completedTask)) {
      return conflict("TaskAlreadyCompletedException", TASK_ALREADY_COMPLETED);
    }
    String readTask = taskOfRead();
    if (readTask != null && completedMeanwhile(readTask)) {
      return status(Response.Status.NOT_FOUND, "InvalidRequestException", String.format(TASK_GONE, readTask));
    }
    return ExceptionHandlerHelper.getInstance().getResponse(exception);
  }

  private static Response conflict(String type, String message) {
    return status(Response.Status.CONFLICT, type, message);
  }

  private static Response status(Response.Status status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return Response.status(status).entity(body).type(MediaType.APPLICATION_JSON_TYPE).build();
  }

  static OptimisticLockingException optimisticLockingCause(Throwable exception) {
    return cause(exception, OptimisticLockingException.class);
  }

  static <T extends Throwable> T cause(Throwable exception, Class<T> type) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (type.isInstance(cause)) {
        return type.cast(cause);
      }
    }
    return null;
  }

  /** The task of a task action on this engine (the webapps' API names the engine in the path). */
  private String taskOfAction() {
    Matcher matcher = onThisEngine(TASK_ACTION);
    return matcher != null && matcher.find() ? matcher.group(1) : null;
  }

  /** The task read on this engine, for a path that is not a task action. */
  private String taskOfRead() {
    Matcher matcher = onThisEngine(TASK_READ);
    return matcher != null && matcher.find() && !"count".equals(matcher.group(1)) ? matcher.group(1) : null;
  }

  /** The pattern's matcher on the request path, or null when there is none or it names another engine. */
  private Matcher onThisEngine(Pattern pattern) {
    if (uriInfo == null) {
      return null;
    }
    String path = uriInfo.getPath();
    Matcher named = NAMED_ENGINE.matcher(path);
    if (named.find() && !named.group(1).equals(engine.getName())) {
      return null;
    }
    return pattern.matcher(path);
  }

  /**
   * Whether the task no longer runs but has finished. Checked without the user's authorizations: the user was
   * allowed to work on the task a moment ago, and the answer says only that it is done.
   */
  private boolean completedMeanwhile(String taskId) {
    if (!(engine instanceof ProcessEngineImpl impl)) {
      return false;
    }
    return impl.getProcessEngineConfiguration().getCommandExecutorTxRequired().execute((CommandContext context) -> {
      context.disableAuthorizationCheck();
      try {
        return engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0
            && engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(taskId).finished().count() == 1;
      } finally {
        context.enableAuthorizationCheck();
      }
    });
  }

  /** For the REST resources' own exceptions, which wrap the engine's. */
  @Priority(1000)
  static final class ForRestException extends ConcurrentChangeExceptionMapper
      implements ExceptionMapper<RestException> {
    ForRestException(ProcessEngine engine) {
      super(engine);
    }

    @Override
    public Response toResponse(RestException exception) {
      return respond(exception);
    }
  }

  /**
   * For everything else (Camunda's catch-all): the losing request of a race can also fail with any exception of a
   * listener that reads variables the winner has just removed; the task-completed check above still applies.
   */
  @Priority(1000)
  static final class ForAnyException extends ConcurrentChangeExceptionMapper implements ExceptionMapper<Throwable> {
    ForAnyException(ProcessEngine engine) {
      super(engine);
    }

    @Override
    public Response toResponse(Throwable exception) {
      return respond(exception);
    }
  }

  /** For engine exceptions that reach the REST layer unwrapped. */
  @Priority(1000)
  static final class ForProcessEngineException extends ConcurrentChangeExceptionMapper
      implements ExceptionMapper<ProcessEngineException> {
    ForProcessEngineException(ProcessEngine engine) {
      super(engine);
    }

    @Override
    public Response toResponse(ProcessEngineException exception) {
      return respond(exception);
    }
  }
}
