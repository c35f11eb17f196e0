package org.ssr.workflow.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The webapps' "create initial user" endpoint is meant for an empty installation. Ours always has its administrator
 * before the first request (IdentitySetupPlugin), and this guard makes sure the endpoint can never create anyone even
 * if the administrator group were emptied later.
 */
public class SetupEndpointGuardFilter extends HttpFilter {

  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException {
    JsonErrors.write(response, HttpServletResponse.SC_FORBIDDEN,
        "The initial setup is closed: administrators are created from the configuration (see docs/operations.md).");
  }
}
