package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A machine without Debian's Chromium fails the browser tests with what to install; it never skips them. */
class ChromiumTest {

  @AfterEach
  void restore() {
    System.clearProperty("ssr.browser.chromium");
    System.clearProperty("ssr.browser.chromedriver");
  }

  @Test
  void missingBrowserFailsWithTheInstallCommand() {
    System.setProperty("ssr.browser.chromium", "/nonexistent/chromium");
    assertThatThrownBy(Chromium::requireInstalled).isInstanceOf(AssertionError.class)
        .hasMessageContaining("/nonexistent/chromium")
        .hasMessageContaining("apt-get install -y chromium chromium-driver");
  }

  @Test
  void missingDriverFailsWithTheInstallCommand() {
    System.setProperty("ssr.browser.chromium", "/bin/sh");
    System.setProperty("ssr.browser.chromedriver", "/nonexistent/chromedriver");
    assertThatThrownBy(Chromium::requireInstalled).isInstanceOf(AssertionError.class)
        .hasMessageContaining("/nonexistent/chromedriver")
        .hasMessageContaining("apt-get install -y chromium chromium-driver");
  }
}
