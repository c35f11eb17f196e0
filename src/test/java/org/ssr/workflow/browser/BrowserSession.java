package org.ssr.workflow.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.ssr.workflow.identity.DemoUsers;

/**
 * One headless Chromium per scenario (test method), pointed at the application of the shared Spring test context.
 *
 * <p>Register it as {@code @RegisterExtension final BrowserSession browser = new BrowserSession();} in a test class
 * annotated with {@code @SsrApplicationTest}. Each {@link #step(String)} saves {@code <scenario>-<nn>-<step>.png}
 * under the screenshot directory (system property {@code ssr.browser.screenshots}, set by the Maven profile to
 * {@code ${project.build.directory}/browser-screenshots}) and fails on any SEVERE browser-console entry other than the
 * two stock 404s of the webapps. A failed scenario also leaves its page source and browser console there.
 */
public final class BrowserSession
    implements BeforeEachCallback, TestExecutionExceptionHandler, AfterTestExecutionCallback, AfterEachCallback {

  /** Generous: CI machines are slow and shared. */
  static final Duration WAIT = Duration.ofSeconds(30);
  /** The first page of a fresh server also initialises the webapps. */
  static final Duration FIRST_PAGE_WAIT = Duration.ofSeconds(120);

  private static final By USERNAME = By.cssSelector("input[ng-model=\"username\"]");
  private static final By PASSWORD = By.cssSelector("input[ng-model=\"password\"]");

  private final String language;
  private String baseUrl;
  private ChromeDriver driver;
  private Path userDataDir;
  private Path downloads;
  private String scenario;
  private int stepNumber;
  private String lastStep;
  private String doing;
  private String user;
  private final List<String> console = new ArrayList<>();
  private final List<String> consoleErrors = new ArrayList<>();
  private final java.util.Set<String> completedTasks = new java.util.HashSet<>();

  /** A browser in British English, as most scenarios need. */
  public BrowserSession() {
    this(null);
  }

  private BrowserSession(String language) {
    this.language = language;
  }

  /** A browser whose language is {@code language} ("fr", "pt"): the webapps follow it (docs/languages.md). */
  public static BrowserSession inLanguage(String language) {
    return new BrowserSession(language);
  }

  /** The browser's language, null for the default (English). */
  String language() {
    return language;
  }

  // ---- lifecycle

  @Override
  public void beforeEach(ExtensionContext context) throws Exception {
    Chromium.requireInstalled();
    String port = SpringExtension.getApplicationContext(context).getEnvironment().getProperty("local.server.port");
    if (port == null) {
      throw new IllegalStateException("browser tests need the application on a real port: use @SsrApplicationTest");
    }
    baseUrl = "http://localhost:" + port;
    warmUp(baseUrl);
    scenario = kebab(context.getRequiredTestMethod().getName());
    stepNumber = 0;
    lastStep = null;
    doing = null;
    user = null;
    console.clear();
    consoleErrors.clear();
    completedTasks.clear();
    Files.createDirectories(screenshotDir());
    try (Stream<Path> old = Files.list(screenshotDir())) {
      // a re-run replaces the scenario's pictures instead of mixing two runs
      old.filter(p -> p.getFileName().toString().startsWith(scenario + "-")).forEach(BrowserSession::deleteQuietly);
    }
    userDataDir = Files.createTempDirectory("ssr-chromium-profile-");
    downloads = Files.createTempDirectory("ssr-chromium-downloads-");
    driver = Chromium.start(userDataDir, downloads, language);
  }

  /**
   * A failed scenario names what the user was doing (the task and form, see {@link #doing(String)}), the last step
   * that succeeded and where its evidence is, above the original message: a red CI run then says which form of which
   * role stopped the programme without opening the report files.
   */
  @Override
  public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
    if (driver == null) {
      throw failure;
    }
    AssertionError named = new AssertionError("Scenario " + scenario + " failed"
        + (doing == null ? "" : " while " + doing)
        + (lastStep == null ? " before its first step" : ", after step " + lastStep)
        + " (evidence: " + screenshotDir().resolve(scenario + "-failed.png") + ", .html, -console.log):\n"
        + failure.getMessage(), failure);
    throw named;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) throws Exception {
    if (driver == null) {
      return;
    }
    if (context.getExecutionException().isPresent()) {
      saveFailureEvidence();
      return;
    }
    collectConsole();
    assertConsoleClean("end of scenario");
  }

  @Override
  public void afterEach(ExtensionContext context) {
    try {
      if (driver != null) {
        driver.quit();
      }
    } finally {
      driver = null;
      deleteRecursively(userDataDir);
      deleteRecursively(downloads);
    }
  }

  private static final java.util.Set<String> WARM = java.util.concurrent.ConcurrentHashMap.newKeySet();

  /**
   * Asks a fresh server once for what the webapps' first page loads through RequireJS (the plugin scripts served by
   * the webapps' REST resources): on a loaded machine their first answer can outlast RequireJS's load timeout, and the
   * page then stays blank ("Load timeout for modules") where a user would simply see a slow first page.
   */
  private static void warmUp(String baseUrl) {
    if (!WARM.add(baseUrl)) {
      return;
    }
    java.net.http.HttpClient http = java.net.http.HttpClient.newBuilder().connectTimeout(WAIT).build();
    for (String path : List.of("/camunda/app/tasklist/default/", "/camunda/app/cockpit/default/",
        "/camunda/api/tasklist/plugin/tasklistPlugins/static/app/plugin.js",
        "/camunda/api/cockpit/plugin/cockpitPlugins/static/app/plugin.js",
        "/camunda/api/admin/auth/user/default")) {
      try {
        http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(baseUrl + path)).timeout(FIRST_PAGE_WAIT)
            .build(), java.net.http.HttpResponse.BodyHandlers.discarding());
      } catch (IOException e) {
        // the browser will meet the same problem and report it with the page it saw
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  // ---- what scenarios use

  public WebDriver driver() {
    return driver;
  }

  public String url(String path) {
    return baseUrl + path;
  }

  public void open(String path) {
    driver.get(url(path));
    settle();
  }

  /** The folder the browser downloads into (fresh per scenario). */
  public Path downloads() {
    return downloads;
  }

  /**
   * Says what the user is doing now (e.g. {@code "\"Record donor pledges\" as donor"}): a failure from here on names it.
   */
  public void doing(String what) {
    doing = what;
  }

  /**
   * Downloads through a link as a person does: waits until the link shows what it downloads (Tasklist's
   * {@code cam-file-download} fills in the file name and the address only once the task's variables have arrived; an
   * empty link does nothing when clicked), clicks it and waits for the file whose name ends with {@code suffix}.
   */
  public Path download(By link, String suffix) {
    WebElement ready = waitUntil(d -> {
      for (WebElement a : d.findElements(link)) {
        String href = a.getDomAttribute("href");
        if (a.isDisplayed() && href != null && !href.isBlank() && !a.getText().isBlank()) {
          return a;
        }
      }
      return null;
    }, "the download link " + link + " to show its file");
    scrollIntoView(ready);
    ready.click();
    return waitForDownload(suffix);
  }

  /**
   * Waits until the browser has finished downloading a file whose name ends with {@code suffix} (Chromium writes to a
   * hidden temporary file first, then renames it) and returns it.
   */
  public Path waitForDownload(String suffix) {
    return waitUntil(d -> {
      try (Stream<Path> files = Files.list(downloads)) {
        List<String> names = files.map(f -> f.getFileName().toString()).toList();
        if (names.stream().anyMatch(n -> n.startsWith(".") || n.endsWith(".crdownload"))) {
          return null;
        }
        return names.stream().filter(n -> n.endsWith(suffix)).findFirst().map(downloads::resolve).orElse(null);
      } catch (IOException e) {
        return null;
      }
    }, "a download ending with " + suffix);
  }

  /**
   * Logs in to a webapp ({@code tasklist}, {@code cockpit}, {@code admin}) through its real login page as a demo user,
   * and waits until the app shows the user as logged in.
   */
  public void login(String app, String user) {
    login(app, user, DemoUsers.PASSWORD);
  }

  public void login(String app, String user, String password) {
    open("/camunda/app/" + app + "/default/");
    new WebDriverWait(driver, FIRST_PAGE_WAIT)
        .withMessage(() -> "waiting for the login page of " + app)
        .until(ExpectedConditions.visibilityOfElementLocated(USERNAME));
    // the login view may still re-render (AngularJS routing): type again until both fields hold what was typed
    for (int attempt = 1; ; attempt++) {
      settle();
      WebElement username = waitVisible(USERNAME);
      WebElement passwordInput = waitVisible(PASSWORD);
      username.clear();
      username.sendKeys(user);
      passwordInput.clear();
      passwordInput.sendKeys(password);
      if (user.equals(username.getDomProperty("value"))
          && password.equals(passwordInput.getDomProperty("value"))) {
        break;
      }
      if (attempt == 3) {
        throw new AssertionError("could not type the credentials of " + user + " into the login page of " + app);
      }
    }
    step(app + "-login-" + user);
    driver.findElement(By.cssSelector("button[type=\"submit\"]")).click();
    waitUntil(d -> d.findElements(PASSWORD).isEmpty(), "the login page of " + app + " to disappear for " + user);
    waitVisible(By.cssSelector(".account"));
    settle();
    this.user = user;
  }

  /** Logs out through the user menu, as a user leaving a shared computer does. */
  public void logout() {
    waitClickable(By.cssSelector(".account .dropdown-toggle")).click();
    waitClickable(By.cssSelector(".account li.logout a")).click();
    waitVisible(USERNAME);
    settle();
    user = null;
  }

  /** Saves a screenshot of what the user sees now and checks the browser console. */
  public Path step(String name) {
    settle();
    stepNumber++;
    Path file = screenshotDir().resolve(String.format(Locale.ROOT, "%s-%02d-%s.png", scenario, stepNumber, kebab(name)));
    saveScreenshot(file);
    if (Boolean.getBoolean("ssr.browser.page-source")) {
      // -Dssr.browser.page-source=true keeps the HTML of every step too, for writing new scenarios
      writePageSource(Path.of(file.toString().replaceAll("\\.png$", ".html")));
    }
    collectConsole();
    assertConsoleClean("step " + name);
    lastStep = String.format(Locale.ROOT, "%02d \"%s\"", stepNumber, name);
    return file;
  }

  public WebElement waitVisible(By by) {
    return new WebDriverWait(driver, WAIT)
        .withMessage(() -> "waiting for " + by + " on " + driver.getCurrentUrl())
        .until(ExpectedConditions.visibilityOfElementLocated(by));
  }

  public WebElement waitClickable(By by) {
    return new WebDriverWait(driver, WAIT)
        .withMessage(() -> "waiting for clickable " + by + " on " + driver.getCurrentUrl())
        .until(ExpectedConditions.elementToBeClickable(by));
  }

  public <T> T waitUntil(Function<WebDriver, T> condition, String what) {
    return waitUntil(condition, () -> what);
  }

  /** As {@link #waitUntil(Function, String)}, with a message built when the wait fails (what the page shows then). */
  public <T> T waitUntil(Function<WebDriver, T> condition, java.util.function.Supplier<String> what) {
    return new WebDriverWait(driver, WAIT)
        .withMessage(() -> "waiting for " + what.get() + " on " + driver.getCurrentUrl())
        .until(condition);
  }

  /** Scrolls an element to the middle of the window, as a user scrolls to what they want to click. */
  public void scrollIntoView(WebElement element) {
    ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /**
   * Selects what an input holds and types over it, as a person does, until the value stays: a form may render a field
   * once more after a change (a prefilled form-js number field, a row just added to a dynamic list) and drop or merge
   * what was typed (seen: "3" + "1" became "31"). {@code input} finds the input afresh each time.
   */
  public void typeUntilItStays(java.util.function.Supplier<WebElement> input, String what, String text) {
    waitUntil(d -> {
      try {
        WebElement element = input.get();
        if (text.equals(element.getDomProperty("value"))) {
          return true;
        }
        scrollIntoView(element);
        element.sendKeys(org.openqa.selenium.Keys.chord(org.openqa.selenium.Keys.CONTROL, "a"),
            org.openqa.selenium.Keys.DELETE);
        element.sendKeys(text);
      } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
        // the field rendered anew under the cursor: find it again
      }
      return null;
    }, "\"" + text + "\" to stay in " + what);
  }

  /** The demo user logged in now, or null. */
  public String user() {
    return user;
  }

  /** The text a user reads on the page now. */
  public String pageText() {
    return driver.findElement(By.tagName("body")).getText();
  }

  public void waitForText(String text) {
    waitUntil(d -> pageText().contains(text), "text \"" + text + "\"");
  }

  /** How long the page must stay unchanged before {@link #settle()} calls it settled. */
  static final Duration QUIET = Duration.ofMillis(200);

  /**
   * Waits until the page has loaded, the webapps' AngularJS has no HTTP request in flight, and what the page shows has
   * stopped changing for {@link #QUIET} (a MutationObserver on the content: AngularJS and form-js render what the last
   * response brought after it arrived). A page that keeps changing (Tasklist's periodic refresh) is taken as settled
   * after {@link #WAIT}: every scenario step then still waits for its own element.
   */
  public void settle() {
    String script = """
        if (document.readyState !== 'complete') { return false; }
        try {
          var injector = window.angular && window.angular.element(document.body).injector();
          if (injector && injector.get('$http').pendingRequests.length > 0) { return false; }
        } catch (e) { }
        if (!window.__ssrLastChange) {
          window.__ssrLastChange = Date.now();
          new MutationObserver(function () { window.__ssrLastChange = Date.now(); })
            .observe(document.documentElement, { childList: true, subtree: true, characterData: true });
          return false;
        }
        return Date.now() - window.__ssrLastChange >= arguments[0];""";
    try {
      new WebDriverWait(driver, WAIT, Duration.ofMillis(50)).until(d -> Boolean.TRUE.equals(
          ((JavascriptExecutor) d).executeScript(script, QUIET.toMillis())));
    } catch (org.openqa.selenium.TimeoutException stillChanging) {
      // the next explicit wait of the scenario decides; said, because a page that never settles costs WAIT each time
      System.out.println("BrowserSession: the page kept changing for " + WAIT.toSeconds() + " s: " + driver.getCurrentUrl());
    }
  }

  // ---- console and evidence

  private void collectConsole() {
    for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
      String line = entry.getLevel().getName() + " " + entry.getMessage();
      console.add(Instant.ofEpochMilli(entry.getTimestamp()) + " " + line);
      if (!ConsoleCheck.isAllowed(entry.getLevel().getName(), entry.getMessage()) && !isCompletedTaskLookup(entry)) {
        consoleErrors.add(line);
      }
    }
  }

  /**
   * Tasklist may ask once more for the task it has just completed (its list refresh races the closing form): a 404 for
   * exactly that task is the stock webapp's, not ours, and so is a 403 (seen once in CI after a review was returned:
   * the question reached the engine while the completion was being committed). Any other failed request still fails
   * the scenario.
   */
  void taskCompleted(String taskId) {
    completedTasks.add(taskId);
  }

  private boolean isCompletedTaskLookup(LogEntry entry) {
    return completedTasks.stream().anyMatch(id -> entry.getMessage().matches(
        ".*/camunda/api/engine/engine/default/task/" + java.util.regex.Pattern.quote(id)
            + "(/form)? - Failed to load resource: the server responded with a status of 40[34].*"));
  }

  private void assertConsoleClean(String where) {
    if (!consoleErrors.isEmpty()) {
      List<String> errors = List.copyOf(consoleErrors);
      consoleErrors.clear(); // report each error once
      writeConsoleLog();
      throw new AssertionError("Browser console shows errors (at " + where + " of scenario " + scenario + "):\n  "
          + String.join("\n  ", errors));
    }
  }

  private void saveFailureEvidence() {
    try {
      collectConsole();
    } catch (RuntimeException e) {
      console.add("(could not read the browser console: " + e + ")");
    }
    try {
      saveScreenshot(screenshotDir().resolve(scenario + "-failed.png"));
      writePageSource(screenshotDir().resolve(scenario + "-failed.html"));
    } catch (RuntimeException e) {
      console.add("(could not save the page: " + e + ")");
    }
    writeConsoleLog();
  }

  private void writePageSource(Path file) {
    try {
      Files.writeString(file, "<!-- " + driver.getCurrentUrl() + " -->\n" + driver.getPageSource(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeConsoleLog() {
    try {
      Files.write(screenshotDir().resolve(scenario + "-console.log"), console, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void saveScreenshot(Path file) {
    try {
      Path shot = driver.getScreenshotAs(OutputType.FILE).toPath();
      Files.move(shot, file, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path screenshotDir() {
    return Path.of(System.getProperty("ssr.browser.screenshots", "target/browser-screenshots"));
  }

  static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT);
  }

  private static void deleteQuietly(Path path) {
    try {
      Files.deleteIfExists(path);
    } catch (IOException ignored) {
      // an old picture that cannot be removed is overwritten or left; it does not change the result
    }
  }

  private static void deleteRecursively(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(BrowserSession::deleteQuietly);
    } catch (IOException ignored) {
      // a temporary profile left behind in /tmp is harmless
    }
  }
}
