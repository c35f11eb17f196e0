package org.ssr.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine refuses unbounded list queries once {@code queryMaxResultsLimit} is set, but Cockpit 7.24 asks for some
 * lists without a page (e.g. the versions of a process definition) and would show an error. For the webapps' own
 * engine API only, a request that names no {@code maxResults} is given the limit as its page size: the webapps see
 * at most that many rows, and scripts on {@code /engine-rest} still have to ask for a page themselves.
 */
public class WebappQueryPageFilter extends HttpFilter {

  private final int limit;

  public WebappQueryPageFilter(int limit) {
    this.limit = limit;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request.getParameter("maxResults") != null || request.getRequestURI().endsWith("/count")) {
      chain.doFilter(request, response);
      return;
    }
    chain.doFilter(new PagedRequest(request, String.valueOf(limit)), response);
  }

  private static final class PagedRequest extends HttpServletRequestWrapper {
    private final String maxResults;

    PagedRequest(HttpServletRequest request, String maxResults) {
      super(request);
      this.maxResults = maxResults;
    }

    @Override
    public String getQueryString() {
      String query = super.getQueryString();
      String page = "maxResults=" + maxResults;
      return query == null || query.isEmpty() ? page : query + "&" + page;
    }

    @Override
    public String getParameter(String name) {
      return name.equals("maxResults") ? maxResults : super.getParameter(name);
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      Map<String, String[]> parameters = new LinkedHashMap<>(super.getParameterMap());
      parameters.put("maxResults", new String[] {maxResults});
      return Collections.unmodifiableMap(parameters);
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(getParameterMap().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return name.equals("maxResults") ? new String[] {maxResults} : super.getParameterValues(name);
    }
  }
}
