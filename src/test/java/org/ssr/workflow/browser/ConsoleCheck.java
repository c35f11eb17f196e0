package org.ssr.workflow.browser;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which browser-console errors a page may show. The stock Camunda webapps log exactly two failed requests of their own
 * (docs/browser-tests.md); anything else at SEVERE level is a defect of ours and fails the scenario.
 */
final class ConsoleCheck {

  private static final String NOT_FOUND =
      " - Failed to load resource: the server responded with a status of 404 \\([^)]*\\)";

  /** The webapps ask who is logged in before the login (404), and look for the optional welcome app (404). */
  private static final List<Pattern> STOCK_404S = List.of(
      Pattern.compile("https?://[^/\\s]+/camunda/api/admin/auth/user/default" + NOT_FOUND),
      Pattern.compile("https?://[^/\\s]+/camunda-welcome" + NOT_FOUND));

  private ConsoleCheck() {}

  static boolean isAllowed(String level, String message) {
    if (!"SEVERE".equals(level)) {
      return true;
    }
    return STOCK_404S.stream().anyMatch(p -> p.matcher(message.trim()).matches());
  }
}
