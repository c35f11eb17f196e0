package org.ssr.workflow.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ssr.workflow.engine.Json;

/** Error bodies written by servlet filters, in the shape of the engine REST API's own ({@code type}, {@code message}). */
public final class JsonErrors {

  private static final ObjectMapper MAPPER = Json.mapper();

  private JsonErrors() {}

  public static void write(HttpServletResponse response, int status, String message) throws IOException {
    String type = switch (status) {
      case 400 -> "InvalidRequestException";
      case 401 -> "AuthenticationException";
      case 403 -> "AuthorizationException";
      default -> "RestException";
    };
    Map<String, String> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    response.setStatus(status);
    response.setContentType("application/json");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    MAPPER.writeValue(response.getWriter(), body);
  }
}
