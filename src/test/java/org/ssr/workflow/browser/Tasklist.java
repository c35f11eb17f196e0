package org.ssr.workflow.browser;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/** Camunda Tasklist 7.24 as a user works in it: filters, the task list, a task's form, "Start process". */
final class Tasklist {

  private final BrowserSession browser;

  Tasklist(BrowserSession browser) {
    this.browser = browser;
  }

  /** The names of the filters the logged-in user may open. */
  List<String> filterNames() {
    browser.settle();
    // the focused filter shows its task count after the name: "My open tasks (0)"
    return browser.driver().findElements(By.cssSelector(".task-filter .name a"))
        .stream().map(WebElement::getText).map(t -> t.replaceAll("\\s*\\(?\\d+\\)?\\s*$", "").trim())
        .filter(t -> !t.isEmpty()).toList();
  }

  void openFilter(String name) {
    browser.waitClickable(By.xpath("//*[contains(@class, 'task-filter')]//*[contains(@class, 'name')]"
        + "/a[starts-with(normalize-space(.), " + CamundaForm.literal(name) + ")]")).click();
    browser.settle();
  }

  /** The names of the tasks listed by the open filter. */
  List<String> taskNames() {
    browser.settle();
    return browser.driver().findElements(By.cssSelector(".tasks-list .task .names .task, .tasks-list li.task h4"))
        .stream().map(WebElement::getText).map(String::trim).filter(s -> !s.isEmpty()).toList();
  }

  /** Opens a task directly, as a link in a notification or Cockpit would. */
  void openTask(String taskId) {
    browser.open("/camunda/app/tasklist/default/#/?task=" + taskId);
    browser.waitVisible(By.cssSelector("[cam-tasklist-task], .task-details"));
  }

  /**
   * Opens, from the list of the open filter, the task whose name contains {@code name} and whose list entry also
   * shows {@code context} (e.g. the programme code that the list labels show) and each of {@code alsoShown} (e.g. the
   * programme code beside a version, when other programmes' tasks of the same name share the list), and waits for its
   * details.
   */
  void openTaskNamed(String name, String context, String... alsoShown) {
    StringBuilder shown = new StringBuilder("[contains(normalize-space(.), " + CamundaForm.literal(context) + ")]");
    for (String text : alsoShown) {
      shown.append("[contains(normalize-space(.), ").append(CamundaForm.literal(text)).append(")]");
    }
    By entry = By.xpath("//*[contains(@class, 'tasks-list')]//li[contains(@class, 'task')]"
        + "[.//a[contains(normalize-space(.), " + CamundaForm.literal(name) + ")]]" + shown);
    By link = By.xpath(".//a[contains(normalize-space(.), " + CamundaForm.literal(name) + ")]");
    browser.doing("\"" + name + "\" (" + context + ") as " + browser.user());
    browser.waitVisible(entry);
    // Tasklist re-renders its list while it refreshes: find the entry again if it went stale under the click
    browser.waitUntil(driver -> {
      try {
        driver.findElement(entry).findElement(link).click();
        return true;
      } catch (org.openqa.selenium.StaleElementReferenceException | org.openqa.selenium.NoSuchElementException e) {
        return null;
      }
    }, "the task " + name + " to be clicked in the list");
    browser.waitVisible(By.xpath("//h2[contains(normalize-space(.), " + CamundaForm.literal(name) + ")]"));
    browser.settle();
  }

  /** Claims the open task when it is still a group task; Tasklist keeps the form disabled until then. */
  void claim() {
    browser.waitVisible(By.cssSelector("li.assignee"));
    List<WebElement> claim = browser.driver().findElements(By.cssSelector("button.claim[ng-click=\"claim()\"]"));
    if (!claim.isEmpty() && claim.get(0).isDisplayed()) {
      claim.get(0).click();
      browser.waitUntil(d -> d.findElements(By.cssSelector("button.claim[ng-click=\"claim()\"]")).isEmpty(),
          "the task to be claimed");
      browser.waitUntil(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty(), "the form to be enabled");
      browser.settle();
    }
  }

  /** The open task's Camunda Form, once Tasklist shows it ready. */
  CamundaForm taskForm() {
    waitForFormLoaded();
    return new CamundaForm(browser);
  }

  /**
   * Waits until Tasklist shows the task form ready: it shows the form's buttons (Save, Complete) only once the form
   * has loaded the task's variables and rendered them (its {@code $loaded}). Typed earlier, a value may be overwritten
   * by what the form fills in from the variables (an embedded form prefills a revision's title).
   */
  void waitForFormLoaded() {
    browser.waitUntil(d -> d.findElements(By.xpath("//div[contains(@class, 'form-actions')]"
        + "//button[normalize-space(.) = 'Complete']")).stream().anyMatch(WebElement::isDisplayed),
        () -> "Tasklist to show the form loaded (its Complete button); the form shows " + formProblems());
    browser.settle();
  }

  /**
   * Types into an input of an embedded (HTML) form as a person does, selecting what it holds and typing over it,
   * until the value stays.
   */
  void type(By input, String text) {
    browser.typeUntilItStays(() -> browser.driver().findElement(input), input.toString(), text);
  }

  /**
   * Presses "Complete" under the task form once Tasklist enables it, and waits until Tasklist has closed the task. When
   * Complete stays disabled the failure lists what the form shows against it (form-js errors, invalid embedded-form
   * fields), as the user would read it.
   */
  void complete() {
    By button = By.xpath("//button[normalize-space(.) = 'Complete']");
    WebElement complete = browser.waitUntil(d -> d.findElements(button).stream()
        .filter(b -> b.isDisplayed() && b.isEnabled()).findFirst().orElse(null),
        () -> "Complete to be enabled; the form shows " + formProblems());
    // a long form puts the button under Tasklist's footer: bring it up first, as a user scrolls
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    String url = browser.driver().getCurrentUrl();
    if (url.contains("task=")) {
      browser.taskCompleted(url.replaceAll(".*[?&]task=([^&]+).*", "$1"));
    }
    complete.click();
    // an error notification fails at once with Tasklist's message instead of waiting for the button to go
    browser.waitUntil(d -> d.findElements(button).isEmpty() || !errorNotifications().isEmpty(),
        () -> "Tasklist to accept the form and close the task; the form shows " + formProblems());
    browser.settle();
    assertNoErrorNotification("after Complete");
  }

  /** What the open form shows against completing it: form-js field errors and invalid embedded-form fields. */
  String formProblems() {
    try {
      Object problems = ((JavascriptExecutor) browser.driver()).executeScript("""
          var out = [];
          document.querySelectorAll('.fjs-form-field-error').forEach(function (e) {
            var field = e.closest('.fjs-form-field');
            var label = field && field.querySelector('label');
            out.push((label ? label.textContent.trim() + ': ' : '') + e.textContent.trim());
          });
          document.querySelectorAll('form[name] .ng-invalid[name], form[name] .ng-invalid[id]').forEach(function (e) {
            out.push((e.id || e.name) + ': invalid');
          });
          document.querySelectorAll('form[name] .alert-danger').forEach(function (e) {
            if (e.textContent.trim()) { out.push(e.textContent.trim()); }
          });
          // why Tasklist itself keeps Complete disabled (its disableCompleteButton())
          var button = Array.prototype.find.call(document.querySelectorAll('button'), function (b) {
            return b.textContent.trim() === 'Complete';
          });
          try {
            var scope = button && window.angular && window.angular.element(button).scope();
            if (scope) {
              ['taskRemoved', 'completeInProgress', '$invalid', '$loaded'].forEach(function (k) {
                if (scope[k] !== undefined) { out.push('Tasklist ' + k + '=' + scope[k]); }
              });
            }
          } catch (e) { }
          return out;""");
      List<?> list = (List<?>) problems;
      return list.isEmpty() ? "nothing" : list.toString();
    } catch (RuntimeException e) {
      return "(could not read the form: " + e.getMessage() + ")";
    }
  }

  /** The error notifications Tasklist shows now (red alerts of its notification panels), as the user reads them. */
  List<String> errorNotifications() {
    return browser.driver().findElements(By.cssSelector(".notifications .alert-danger, .notifications .alert-error"))
        .stream().filter(WebElement::isDisplayed).map(WebElement::getText).map(String::trim).toList();
  }

  /** Fails with Tasklist's own words when it shows an error notification. */
  void assertNoErrorNotification(String where) {
    List<String> errors = errorNotifications();
    if (!errors.isEmpty()) {
      throw new AssertionError("Tasklist shows an error notification " + where + ":\n  " + String.join("\n  ", errors));
    }
  }

  /** Opens "Start process", searches the process by name, and opens its start form. */
  void openStartForm(String processName) {
    browser.doing("the start form of \"" + processName + "\" as " + browser.user());
    browser.waitClickable(By.xpath("//a[normalize-space(.) = " + CamundaForm.literal(label("START_PROCESS"))
        + "]")).click();
    String searchHint = label("SEARCH_PROCESS_BY_NAME").replaceAll("\\.$", "");
    WebElement search = browser.waitVisible(By.xpath("//div[contains(@class, 'modal-content')]//input[starts-with("
        + "@placeholder, " + CamundaForm.literal(searchHint) + ")]"));
    search.sendKeys(processName);
    browser.waitClickable(By.xpath("//div[contains(@class, 'modal-content')]//a[normalize-space(.) = "
        + CamundaForm.literal(processName) + "]")).click();
    browser.settle();
  }

  /** Presses "Start" in the start-process dialog and waits until Tasklist has accepted the form and closed it. */
  void start() {
    By button = By.xpath("//div[contains(@class, 'modal-content')]//button[normalize-space(.) = "
        + CamundaForm.literal(label("START")) + "]");
    browser.waitUntil(d -> d.findElements(button).stream().filter(b -> b.isDisplayed() && b.isEnabled()).findFirst()
        .orElse(null), () -> "Start to be enabled; the form shows " + formProblems()).click();
    browser.waitUntil(d -> d.findElements(By.cssSelector(".modal-content")).isEmpty()
        || !errorNotifications().isEmpty(),
        () -> "Tasklist to accept the start form and close the dialog; the form shows " + formProblems());
    browser.settle();
    assertNoErrorNotification("after Start");
  }

  /**
   * One of Tasklist's own labels in the browser's language, as Tasklist shows it: from the webapp's
   * {@code locales/<lang>.json} (ours for French and Portuguese, the vendor's for English) on the class path.
   */
  String label(String key) {
    String language = browser.language() == null ? "en" : browser.language();
    String path = "META-INF/resources/webjars/camunda/app/tasklist/locales/" + language + ".json";
    try (var in = Tasklist.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("no Tasklist labels " + path + " on the class path");
      }
      String json = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).replace("\uFEFF", "");
      String text = org.ssr.workflow.engine.Json.mapper().readTree(json).path("labels").path(key).asText(null);
      if (text == null) {
        throw new IllegalStateException("Tasklist has no label " + key + " in " + path);
      }
      return text;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
