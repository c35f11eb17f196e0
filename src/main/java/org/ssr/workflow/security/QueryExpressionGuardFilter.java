package org.ssr.workflow.security;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssr.workflow.engine.Json;

/**
 * Refuses engine queries that carry an expression ({@code ${...}} or {@code #{...}}), in URL parameters or in the JSON
 * body of a query request. Query expressions run code: Camunda 7.24.0 evaluates them inside task-query
 * {@code orQueries} even with ad-hoc query expressions switched off. Request bodies that carry data (form
 * submissions, message correlations, variables) are not queries and pass untouched: a dialog summary may quote
 * {@code ${}.
 */
public class QueryExpressionGuardFilter extends HttpFilter {

  static final String MESSAGE =
      "Expressions (${...} or #{...}) are not allowed in queries. Remove them from the %s and send the request again.";

  /** Single-segment POST resources that are not queries. */
  private static final Set<String> NON_QUERY_RESOURCES = Set.of("message", "signal", "condition", "filter");
  private static final Set<String> FILTER_EXECUTIONS = Set.of("list", "count", "singleResult");
  private static final int MAX_QUERY_BODY = 1024 * 1024;
  private static final ObjectMapper MAPPER = Json.mapper();

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    String query = request.getQueryString();
    if (query != null && containsExpression(decode(query))) {
      JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE.formatted("URL parameters"));
      return;
    }
    if (!"POST".equalsIgnoreCase(request.getMethod()) || !isQuery(resourceSegments(request))) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_QUERY_BODY + 1);
    if (body.length > MAX_QUERY_BODY) {
      JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, "A query body may have at most 1 MiB.");
      return;
    }
    if (bodyContainsExpression(body)) {
      JsonErrors.write(response, HttpServletResponse.SC_BAD_REQUEST, MESSAGE.formatted("query body"));
      return;
    }
    chain.doFilter(new CachedBodyRequest(request, body), response);
  }

  static boolean containsExpression(String text) {
    return text.contains("${") || text.contains("#{");
  }

  private static String decode(String query) {
    try {
      return URLDecoder.decode(query, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return query; // the engine will refuse it; still check the raw text
    }
  }

  /** JSON is decoded first so that escapes such as {@code $\u007b} cannot hide an expression. */
  static boolean bodyContainsExpression(byte[] body) {
    if (body.length == 0) {
      return false;
    }
    try {
      return nodeContainsExpression(MAPPER.readTree(body));
    } catch (JsonProcessingException notJson) {
      return containsExpression(new String(body, StandardCharsets.UTF_8));
    } catch (IOException unreadable) {
      return true;
    }
  }

  private static boolean nodeContainsExpression(JsonNode node) {
    if (node == null) {
      return false;
    }
    if (node.isTextual()) {
      return containsExpression(node.textValue());
    }
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> field = fields.next();
        if (containsExpression(field.getKey()) || nodeContainsExpression(field.getValue())) {
          return true;
        }
      }
      return false;
    }
    if (node.isArray()) {
      for (JsonNode element : node) {
        if (nodeContainsExpression(element)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The path below the REST root, without an {@code /engine/{name}} prefix: {@code /engine/default/task} → [task]. */
  static List<String> resourceSegments(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    for (String root : List.of("/engine-rest", "/camunda/api/engine")) {
      if (path.startsWith(root + "/")) {
        path = path.substring(root.length());
        break;
      }
    }
    List<String> segments = Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    if (segments.size() >= 2 && segments.get(0).equals("engine")) {
      segments = segments.subList(2, segments.size());
    }
    return segments;
  }

  static boolean isQuery(List<String> segments) {
    if (segments.isEmpty()) {
      return false;
    }
    String first = segments.get(0);
    String last = segments.get(segments.size() - 1);
    if (segments.size() == 1) {
      return !NON_QUERY_RESOURCES.contains(first);
    }
    if (last.equals("count")) {
      return true;
    }
    if (first.equals("history") && segments.size() == 2) {
      return true;
    }
    return first.equals("filter") && segments.size() == 3 && FILTER_EXECUTIONS.contains(last);
  }

  /** Hands the already-read body on to the engine. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {
    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException("synchronous reads only");
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding() != null ? getCharacterEncoding() : StandardCharsets.UTF_8.name();
      return new BufferedReader(new InputStreamReader(getInputStream(), java.nio.charset.Charset.forName(encoding)));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
