package org.ssr.workflow.web;

import org.springframework.http.ResponseEntity;

/** Lets tests of other packages call the package-private handlers of {@link ApiExceptionHandler}. */
public final class ApiExceptionHandlerProbe {

  private ApiExceptionHandlerProbe() {}

  public static ResponseEntity<Object> unexpected(Exception e) {
    return new ApiExceptionHandler().unexpected(e);
  }
}
