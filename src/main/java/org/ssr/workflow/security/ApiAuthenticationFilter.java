package org.ssr.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;

/**
 * Authenticates the application's own endpoints under {@code /api}: HTTP Basic for scripts and tests, or the Camunda
 * webapps' session for links clicked in Tasklist and Cockpit (writes then carry the webapps' CSRF token). The user
 * becomes the engine's current authentication for the request, so every engine call the endpoint makes is checked
 * against that user's authorizations.
 */
public class ApiAuthenticationFilter extends HttpFilter {

  private final ProcessEngine engine;

  public ApiAuthenticationFilter(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    IdentityService identity = engine.getIdentityService();
    String header = request.getHeader("Authorization");
    String userId;
    List<String> groupIds;
    if (header != null && header.regionMatches(true, 0, "Basic ", 0, 6)) {
      String[] credentials = decodeBasic(header.substring(6).trim());
      if (credentials == null || !identity.checkPassword(credentials[0], credentials[1])) {
        unauthorized(response, "The user name or password is wrong.");
        return;
      }
      userId = credentials[0];
      groupIds = groupsOf(identity, userId);
    } else {
      UserAuthentication session = webappSession(request);
      if (session == null) {
        unauthorized(response, "Log in first: use HTTP Basic, or open this link from Tasklist or Cockpit.");
        return;
      }
      if (!isSafe(request.getMethod()) && !csrfTokenMatches(request)) {
        JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN,
            "The request lacks the webapps' CSRF token (header " + CsrfConstants.CSRF_TOKEN_HEADER_NAME + ").");
        return;
      }
      userId = session.getIdentityId();
      groupIds = session.getGroupIds();
    }
    identity.setAuthentication(userId, groupIds);
    try {
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }

  private UserAuthentication webappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications authentications = AuthenticationUtil.getAuthsFromSession(session);
    Authentication authentication = authentications.getAuthenticationForProcessEngine(engine.getName());
    return authentication instanceof UserAuthentication user ? user : null;
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    Object expected = session == null ? null : session.getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    String sent = request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME);
    return expected != null && sent != null && MessageDigest.isEqual(
        expected.toString().getBytes(StandardCharsets.UTF_8), sent.getBytes(StandardCharsets.UTF_8));
  }

  private static boolean isSafe(String method) {
    return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
  }

  private static String[] decodeBasic(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 1 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
    } catch (IllegalArgumentException notBase64) {
      return null;
    }
  }

  private static List<String> groupsOf(IdentityService identity, String userId) {
    return identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
  }

  private static void unauthorized(HttpServletResponse response, String message) throws IOException {
    response.setHeader("WWW-Authenticate", "Basic realm=\"ssr-workflow\"");
    JsonErrors.write(response, HttpServletResponse.SC_UNAUTHORIZED, message);
  }
}
