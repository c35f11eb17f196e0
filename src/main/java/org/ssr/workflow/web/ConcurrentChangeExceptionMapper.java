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
import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.ssr.workflow.engine.RejectedInput;

/**
 * Answers 400 with the plain message when the application refused what a user submitted ({@link RejectedInput}),
 * and 409 Conflict when two requests changed the same thing at the same moment, e.g. two members of one
 * oversight body completing the same review task. The engine REST API answers 500 with a message about a database
 * row (the engine's {@link OptimisticLockingException}) or, when the other request had already committed, 500
 * "Cannot find task". The user only needs to know that someone else was quicker, that nothing of this request was
 * saved, and what to do. Every other exception gets exactly Camunda's response.
 *
 * <p>Registered by {@link SsrJerseyResourceConfig} for the exception types Camunda maps ({@link RestException}
 * wraps engine exceptions, e.g. in {@code POST /task/{id}/complete}; {@link ProcessEngineException}; any other
 * {@link Throwable}); Camunda's own mappers for these types are not registered there.
 */
public class ConcurrentChangeExceptionMapper {

  static final String CONCURRENT_CHANGE = "Someone else changed this at the same moment (for a task: another user "
      + "completed or changed it first). Nothing of your request was saved. Reload and check what is left to do.";
  static final String TASK_ALREADY_COMPLETED = "This task was already completed by someone else. Nothing of your "
      + "request was saved. Reload the task list and check what is left to do.";

  /** A task action whose task can vanish under a concurrent completion. */
  private static final Pattern TASK_ACTION = Pattern.compile("(?:^|/)task/([^/]+)/(complete|submit-form|resolve)$");

  private final ProcessEngine engine;

  @Context
  private UriInfo uriInfo;

  ConcurrentChangeExceptionMapper(ProcessEngine engine) {
    this.engine = engine;
  }

  Response respond(Throwable exception) {
    RejectedInput rejected = rejectedInputCause(exception);
    if (rejected != null) {
      return status(Response.Status.BAD_REQUEST, "InvalidRequestException", rejected.getMessage());
    }
    OptimisticLockingException conflict = optimisticLockingCause(exception);
    if (conflict != null) {
      return conflict("OptimisticLockingException", CONCURRENT_CHANGE);
    }
    String completedTask = taskOfAction();
    if (completedTask != null && completedMeanwhile(completedTask)) {
      return conflict("TaskAlreadyCompletedException", TASK_ALREADY_COMPLETED);
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

  /** A refusal of what the user submitted, however deep the engine wrapped it (listeners, form submission). */
  static RejectedInput rejectedInputCause(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof RejectedInput rejected) {
        return rejected;
      }
    }
    return null;
  }

  static OptimisticLockingException optimisticLockingCause(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
      if (cause instanceof OptimisticLockingException conflict) {
        return conflict;
      }
    }
    return null;
  }

  private String taskOfAction() {
    if (uriInfo == null) {
      return null;
    }
    Matcher matcher = TASK_ACTION.matcher(uriInfo.getPath());
    return matcher.find() ? matcher.group(1) : null;
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
