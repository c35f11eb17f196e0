package org.ssr.workflow.web;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.ssr.workflow.engine.RejectedInput;

/**
 * Errors of the application's own endpoints ({@code /api}) in the shape of the engine REST API's: JSON
 * {@code {type, message}}. A user who tries what their role may not do gets 403 with the engine's explanation; input
 * a listener or delegate refused ({@link RejectedInput}) gets 400 with its message; an unexpected failure gets 500
 * with a reference to the server log, never a stack trace. Lowest precedence: a controller's own
 * {@code @ExceptionHandler} (or a feature's advice) answers first.
 */
@RestControllerAdvice(basePackages = "org.ssr.workflow")
@Order(Ordered.LOWEST_PRECEDENCE)
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<Object> forbidden(AuthorizationException e) {
    return body(HttpStatus.FORBIDDEN, "AuthorizationException",
        "Your role does not allow this. " + e.getMessage());
  }

  @ExceptionHandler({NotFoundException.class, NullValueException.class})
  ResponseEntity<Object> notFound(RuntimeException e) {
    return body(HttpStatus.NOT_FOUND, "NotFoundException", e.getMessage());
  }

  @ExceptionHandler(BadUserRequestException.class)
  ResponseEntity<Object> badRequest(BadUserRequestException e) {
    return body(HttpStatus.BAD_REQUEST, "InvalidRequestException", e.getMessage());
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> unexpected(Exception e) {
    RejectedInput rejected = RejectedInput.in(e);
    if (rejected != null) {
      // a listener or delegate refused what the user sent, as on the engine REST APIs
      return body(HttpStatus.BAD_REQUEST, "InvalidRequestException", rejected.getMessage());
    }
    String reference = UUID.randomUUID().toString();
    LOG.error("Unexpected error, reference {}", reference, e);
    return body(HttpStatus.INTERNAL_SERVER_ERROR, "ServerError",
        "Something went wrong on the server. Please try again; if it happens again, tell the administrator the"
            + " reference " + reference + ".");
  }

  /**
   * Spring MVC's own exceptions (400, 404, 405, 413, 415 ...) and the endpoints' ResponseStatusException (401, 403,
   * 404 with a message for the user) keep their status and get our body.
   */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
      HttpStatusCode statusCode, WebRequest request) {
    String message = ex instanceof ResponseStatusException status && status.getReason() != null
        ? status.getReason()
        : body instanceof ProblemDetail problem && problem.getDetail() != null
            ? problem.getDetail()
            : HttpStatus.valueOf(statusCode.value()).getReasonPhrase();
    String type = switch (statusCode.value()) {
      case 401 -> "AuthenticationException";
      case 403 -> "AuthorizationException";
      case 404 -> "NotFoundException";
      default -> statusCode.is5xxServerError() ? "ServerError" : "InvalidRequestException";
    };
    return body(statusCode, type, message);
  }

  static ResponseEntity<Object> body(HttpStatusCode status, String type, String message) {
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
