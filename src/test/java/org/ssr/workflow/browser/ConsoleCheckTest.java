package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The console rule of the browser tests, checked without a browser (runs in the plain build). */
class ConsoleCheckTest {

  private static final String NOT_FOUND = " - Failed to load resource: the server responded with a status of 404 ()";

  @Test
  void allowsExactlyTheTwoStock404sOfTheWebapps() {
    assertThat(ConsoleCheck.isAllowed("SEVERE", "http://localhost:40243/camunda/api/admin/auth/user/default" + NOT_FOUND))
        .isTrue();
    assertThat(ConsoleCheck.isAllowed("SEVERE", "http://localhost:40243/camunda-welcome" + NOT_FOUND)).isTrue();
    assertThat(ConsoleCheck.isAllowed("SEVERE",
        "http://localhost:1/camunda-welcome - Failed to load resource: the server responded with a status of 404 "
            + "(Not Found)")).isTrue();
  }

  @Test
  void failsOnEveryOtherSevereEntry() {
    assertThat(ConsoleCheck.isAllowed("SEVERE", "http://localhost:40243/camunda/api/engine/engine/default/"
        + "process-definition?key=ssr-programme - Failed to load resource: the server responded with a status of 400 ()"))
        .isFalse();
    assertThat(ConsoleCheck.isAllowed("SEVERE", "http://localhost:40243/camunda/api/admin/auth/user/default"
        + " - Failed to load resource: the server responded with a status of 500 ()")).isFalse();
    assertThat(ConsoleCheck.isAllowed("SEVERE", "http://localhost:40243/camunda/api/admin/auth/user/default/login"
        + NOT_FOUND)).isFalse();
    assertThat(ConsoleCheck.isAllowed("SEVERE", "http://localhost:8080/camunda/app/cockpit/ssr/dashboard.js 12:5 "
        + "Uncaught TypeError: Cannot read properties of undefined")).isFalse();
  }

  @Test
  void ignoresWarningsAndInformation() {
    assertThat(ConsoleCheck.isAllowed("WARNING", "An iframe which has both allow-scripts and allow-same-origin"))
        .isTrue();
    assertThat(ConsoleCheck.isAllowed("INFO", "Autofocus processing was blocked")).isTrue();
  }
}
