package org.ssr.workflow.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium driven by Debian's chromedriver, both found at fixed paths: nothing is ever downloaded (Selenium
 * Manager is never asked, because the driver and the browser binary are both given explicitly, and it is told to stay
 * offline in case it were).
 */
final class Chromium {

  static final String INSTALL_HINT = "apt-get install -y chromium chromium-driver";

  /** Flags for a quiet, reproducible headless browser that contacts nothing but the application under test. */
  static final List<String> FLAGS = List.of(
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-dev-shm-usage",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-quic",
      "--disable-sync",
      "--disable-default-apps",
      "--disable-extensions",
      "--lang=en-GB",
      "--window-size=1440,1000");

  private Chromium() {}

  static Path browserBinary() {
    return Path.of(System.getProperty("ssr.browser.chromium", "/usr/bin/chromium"));
  }

  static Path driverBinary() {
    return Path.of(System.getProperty("ssr.browser.chromedriver", "/usr/bin/chromedriver"));
  }

  /** Fails (never skips) with what to install when the browser or its driver is missing. */
  static void requireInstalled() {
    for (Path binary : List.of(browserBinary(), driverBinary())) {
      if (!Files.isExecutable(binary)) {
        throw new AssertionError("Browser tests need Debian's Chromium and its driver, but " + binary
            + " is missing. Install them with: " + INSTALL_HINT);
      }
    }
  }

  /** Starts a headless browser with a fresh profile in {@code userDataDir}; downloads go to {@code downloadDir}. */
  static ChromeDriver start(Path userDataDir, Path downloadDir) throws IOException {
    return start(userDataDir, downloadDir, null);
  }

  /**
   * As {@link #start(Path, Path)}, with the browser's language set to {@code language} (e.g. "fr"): its
   * {@code navigator.languages} and Accept-Language, which the webapps use to choose their locale. Null keeps en-GB.
   */
  static ChromeDriver start(Path userDataDir, Path downloadDir, String language) throws IOException {
    requireInstalled();
    System.setProperty("SE_OFFLINE", "true");
    System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, driverBinary().toString());
    Files.createDirectories(downloadDir);

    ChromeOptions options = new ChromeOptions();
    options.setBinary(browserBinary().toFile());
    options.addArguments(language == null ? FLAGS
        : FLAGS.stream().map(flag -> flag.startsWith("--lang=") ? "--lang=" + language : flag).toList());
    options.addArguments("--user-data-dir=" + userDataDir);
    options.setExperimentalOption("prefs", Map.of(
        "intl.accept_languages", language == null ? "en-GB,en" : language,
        "download.default_directory", downloadDir.toString(),
        "download.prompt_for_download", false,
        "safebrowsing.enabled", false));
    LoggingPreferences logs = new LoggingPreferences();
    logs.enable(LogType.BROWSER, Level.ALL);
    options.setCapability("goog:loggingPrefs", logs);

    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(driverBinary().toFile())
        .usingAnyFreePort()
        .withTimeout(Duration.ofSeconds(30))
        .build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
    return driver;
  }
}
