package org.ssr.workflow.browser;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * A Camunda Form (form-js, schemaVersion 16) as Tasklist renders it, driven by the labels a user reads: form-js
 * inputs carry generated ids and no stable names, so fields are found through their visible label.
 */
final class CamundaForm {

  private final BrowserSession browser;

  CamundaForm(BrowserSession browser) {
    this.browser = browser;
    browser.waitVisible(By.cssSelector(".fjs-container .fjs-form"));
  }

  /** The form field (its container) with a label (or group legend) that starts with {@code label}. */
  WebElement field(String label) {
    String xpath = "//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
        + "[.//label[starts-with(normalize-space(.), " + literal(label) + ")]"
        + " or .//legend[starts-with(normalize-space(.), " + literal(label) + ")]]";
    return browser.waitVisible(By.xpath(xpath));
  }

  CamundaForm type(String label, String text) {
    typeUntilItStays(() -> field(label), label, text);
    return this;
  }

  private void typeUntilItStays(java.util.function.Supplier<WebElement> field, String label, String text) {
    browser.typeUntilItStays(() -> field.get().findElement(By.cssSelector("input, textarea")), label, text);
  }

  /**
   * A date field: form-js shows a date picker that also accepts the date typed in the browser's date format, the one
   * its placeholder shows ({@code mm/dd/yyyy} in an English browser, {@code dd/mm/yyyy} in a French one).
   */
  CamundaForm date(String label, LocalDate date) {
    WebElement input = field(label).findElement(By.cssSelector("input"));
    scrollTo(input);
    input.click();
    input.sendKeys(date.format(DateTimeFormatter.ofPattern(datePattern(input.getAttribute("placeholder")))));
    input.sendKeys(Keys.TAB);
    return this;
  }

  /** The placeholder form-js derives from the browser's locale ("dd/mm/yyyy", "dd.mm.yyyy") as a Java pattern. */
  static String datePattern(String placeholder) {
    String shown = placeholder == null || placeholder.isBlank() ? "mm/dd/yyyy" : placeholder.toLowerCase();
    return shown.replace("mm", "MM");
  }

  /**
   * Sets a checklist to exactly these options (by their labels), whatever the form pre-selected; for a radio group,
   * picks the one option.
   */
  CamundaForm choose(String label, String... options) {
    WebElement field = field(label);
    List<String> wanted = List.of(options);
    for (WebElement optionLabel : field.findElements(By.xpath(".//label[.//input]"))) {
      WebElement input = optionLabel.findElement(By.cssSelector("input"));
      boolean want = wanted.contains(optionLabel.getText().trim());
      if (want != input.isSelected() && (want || "checkbox".equals(input.getAttribute("type")))) {
        scrollTo(optionLabel);
        optionLabel.click();
      }
    }
    List<String> missing = wanted.stream().filter(o -> field.findElements(
        By.xpath(".//label[.//input][normalize-space(.) = " + literal(o) + "]")).isEmpty()).toList();
    if (!missing.isEmpty()) {
      throw new AssertionError("field \"" + label + "\" has no option " + missing);
    }
    return this;
  }

  /** A form-js select (a searchable dropdown, not a native select): open it and pick the option by its label. */
  CamundaForm select(String label, String option) {
    WebElement field = field(label);
    WebElement display = field.findElement(By.cssSelector(".fjs-input-group, .fjs-select-display, select"));
    scrollTo(display);
    if ("select".equals(display.getTagName())) {
      new org.openqa.selenium.support.ui.Select(display).selectByVisibleText(option);
      return this;
    }
    display.click();
    WebElement item = field.findElement(By.xpath(".//*[contains(@class, 'fjs-dropdownlist-item')][normalize-space(.) = "
        + literal(option) + "]"));
    // a long list ends below the fold of a dialog: scroll the option up, as a user scrolls the list
    scrollTo(item);
    item.click();
    return this;
  }

  /** A single checkbox (not a checklist): ticks or unticks it as a user clicks its label. */
  CamundaForm check(String label, boolean checked) {
    WebElement input = field(label).findElement(By.cssSelector("input[type='checkbox']"));
    if (input.isSelected() != checked) {
      scrollTo(input);
      input.click();
    }
    return this;
  }

  /** The rows of the form's dynamic lists (form-js "dynamiclist"); with several lists use {@link #items(String)}. */
  List<Item> items() {
    return browser.driver().findElements(By.cssSelector(".fjs-form-field-dynamiclist .fjs-repeat-row-container"))
        .stream().map(Item::new).toList();
  }

  /** Presses the dynamic list's "Add new" and returns the new (last) row. */
  Item addItem() {
    int before = items().size();
    WebElement add = browser.waitClickable(By.cssSelector(".fjs-form-field-dynamiclist .fjs-repeat-render-add"));
    scrollTo(add);
    add.click();
    browser.waitUntil(d -> items().size() == before + 1, "a new row in the dynamic list");
    return items().get(before);
  }

  /**
   * The rows of the dynamic list labelled {@code listLabel}, for a form with several lists or whose rows cannot be
   * added or removed (the yearly report's actions).
   */
  List<Item> items(String listLabel) {
    WebElement list = list(listLabel);
    List<WebElement> rows = list.findElements(By.cssSelector(".fjs-repeat-row-container"));
    if (rows.isEmpty()) {
      // a list without "Add new"/remove (allowAddRemove false) renders each row as a bare group of children
      rows = list.findElements(By.xpath("./div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-children ')]"));
    }
    return rows.stream().map(Item::new).toList();
  }

  /** Presses "Add new" of the dynamic list labelled {@code listLabel} and returns its new (last) row. */
  Item addItem(String listLabel) {
    int before = items(listLabel).size();
    WebElement add = list(listLabel).findElement(By.cssSelector(".fjs-repeat-render-add"));
    scrollTo(add);
    add.click();
    browser.waitUntil(d -> items(listLabel).size() == before + 1, "a new row in " + listLabel);
    return items(listLabel).get(before);
  }

  private WebElement list(String listLabel) {
    return browser.waitVisible(By.xpath("//div[contains(concat(' ', normalize-space(@class), ' '), "
        + "' fjs-form-field-dynamiclist ')][.//*[self::label or self::legend or self::span][normalize-space(.) = "
        + literal(listLabel) + "]]"));
  }

  /**
   * One row of a dynamic list. Its fields repeat in every row, so they are found inside the row and by their whole
   * label (form-js appends "*" to a required field's label), "Action" not matching "Action id".
   */
  final class Item {
    private final WebElement row;

    private Item(WebElement row) {
      this.row = row;
    }

    WebElement field(String label) {
      String xpath = ".//div[contains(concat(' ', normalize-space(@class), ' '), ' fjs-form-field ')]"
          + "[.//label[normalize-space(.) = " + literal(label) + " or normalize-space(.) = " + literal(label + "*")
          + "]]";
      return row.findElement(By.xpath(xpath));
    }

    Item type(String label, String text) {
      typeUntilItStays(() -> field(label), label, text);
      return this;
    }

    /**
     * The field whose label starts with {@code labelStart}: a select gets the option starting with {@code value}, a
     * text field gets {@code value} typed.
     */
    Item enter(String labelStart, String value) {
      WebElement field = row.findElement(By.xpath(".//div[contains(concat(' ', normalize-space(@class), ' '), "
          + "' fjs-form-field ')][.//label[starts-with(normalize-space(.), " + literal(labelStart) + ")]]"));
      String label = field.findElement(By.tagName("label")).getText().replaceAll("\\*$", "").trim();
      if (field.getAttribute("class").contains("fjs-form-field-select")) {
        return select(label, value);
      }
      return type(label, value);
    }

    /** A checklist in this row set to exactly these options, or a radio group's one option, by their labels. */
    Item choose(String label, String... options) {
      WebElement field = row.findElement(By.xpath(".//div[contains(concat(' ', normalize-space(@class), ' '), "
          + "' fjs-form-field ')][.//label[normalize-space(.) = " + literal(label) + " or normalize-space(.) = "
          + literal(label + "*") + "] or .//legend[normalize-space(.) = " + literal(label) + " or normalize-space(.) = "
          + literal(label + "*") + "]]"));
      List<String> wanted = List.of(options);
      for (WebElement optionLabel : field.findElements(By.xpath(".//label[.//input]"))) {
        WebElement input = optionLabel.findElement(By.cssSelector("input"));
        boolean want = wanted.contains(optionLabel.getText().trim());
        if (want != input.isSelected() && (want || "checkbox".equals(input.getAttribute("type")))) {
          scrollTo(optionLabel);
          optionLabel.click();
        }
      }
      return this;
    }

    /** A form-js select in this row: opens it and picks the first option whose label starts with {@code option}. */
    Item select(String label, String option) {
      WebElement field = field(label);
      WebElement display = field.findElement(By.cssSelector(".fjs-input-group, .fjs-select-display, select"));
      scrollTo(display);
      if ("select".equals(display.getTagName())) {
        WebElement choice = display.findElement(By.xpath(".//option[starts-with(normalize-space(.), "
            + literal(option) + ")]"));
        new org.openqa.selenium.support.ui.Select(display).selectByVisibleText(choice.getText());
        return this;
      }
      display.click();
      browser.waitUntil(d -> {
        List<WebElement> choices = field.findElements(By.xpath(".//*[contains(@class, 'fjs-dropdownlist-item')]"
            + "[starts-with(normalize-space(.), " + literal(option) + ")]"));
        if (choices.isEmpty()) {
          return null;
        }
        choices.get(0).click();
        return true;
      }, "option " + option + " of " + label);
      return this;
    }

    /**
     * A form-js taglist in this row: clicks into it as a user does, picks the option whose label starts with
     * {@code option} from the list it opens, and waits for the tag.
     */
    Item tag(String label, String option) {
      WebElement field = field(label);
      WebElement input = field.findElement(By.cssSelector("input.fjs-taglist-input"));
      scrollTo(input);
      int before = tags(field).size();
      input.click();
      browser.waitUntil(d -> {
        List<WebElement> choices = field.findElements(By.xpath(".//*[contains(@class, 'fjs-dropdownlist-item')]"
            + "[starts-with(normalize-space(.), " + literal(option) + ")]"));
        if (choices.isEmpty()) {
          return null;
        }
        choices.get(0).click();
        return true;
      }, "option " + option + " of " + label);
      browser.waitUntil(d -> tags(field).size() == before + 1 ? true : null, "the tag " + option + " in " + label);
      return this;
    }
  }

  /** The tags a form-js taglist shows as chosen. */
  static List<String> tags(WebElement taglist) {
    return taglist.findElements(By.cssSelector(".fjs-taglist-tag .fjs-taglist-tag-label")).stream()
        .map(WebElement::getText).toList();
  }

  /** The text of the whole form as the user reads it (labels, texts, values shown by templating). */
  String text() {
    return browser.driver().findElement(By.cssSelector(".fjs-container")).getText();
  }

  List<WebElement> errors() {
    return browser.driver().findElements(By.cssSelector(".fjs-form-field-error"));
  }

  private void scrollTo(WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
  }

  /** An XPath string literal for any text (texts with apostrophes, e.g. "Women's groups", need concat()). */
  static String literal(String text) {
    if (!text.contains("'")) {
      return "'" + text + "'";
    }
    if (!text.contains("\"")) {
      return "\"" + text + "\"";
    }
    return "concat('" + text.replace("'", "', \"'\", '") + "')";
  }
}
