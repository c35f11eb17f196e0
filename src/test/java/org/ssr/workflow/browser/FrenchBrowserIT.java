package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.engine.FormTranslations;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * A person whose browser speaks French (docs/languages.md): Tasklist with our oversight review form, and Cockpit with
 * our dashboard and programme tab, show French — the webapps' own labels, our forms' and plugins' words and the
 * glossary's terms — and the reviewer completes the review in French. A programme set up in French shows its Camunda
 * Forms in French (the words of {@code i18n/forms/<form>_fr.properties}), and the coordinator completes one.
 */
@SsrApplicationTest
class FrenchBrowserIT {

  private static final String CODE = "SSR-FR-01";

  @RegisterExtension final BrowserSession browser = BrowserSession.inLanguage("fr");

  @Autowired ProcessEngine engine;

  @Test
  void parliamentReviewsTheNspInFrenchInTasklist() {
    Programmes programmes = new Programmes(engine);
    programmes.requestReview(CODE, "Politique de sécurité nationale 2027", 1,
        "PSN".getBytes(StandardCharsets.UTF_8), "parliamentOversight");
    Task task = programmes.openTasks(CODE, OversightReviewProcess.Elements.REVIEW_TASK).get(0);
    engine.getTaskService().claim(task.getId(), "parliament");

    browser.login("tasklist", "parliament");
    browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
    browser.waitForText("Téléchargez et lisez le document avant de décider.");
    assertThat(browser.pageText())
        // our form, with the glossary's words
        .contains("Examen de contrôle : Cadre de la politique de sécurité nationale")
        .contains("dans le programme de transformation du secteur de la sécurité " + CODE)
        .contains("Renvoyer pour révision", "Approuver", "Rejeter")
        // Tasklist's own labels
        .contains("Formulaire", "Historique", "Diagramme")
        // the deadline as a French reader writes it (Tasklist's dates in the browser's time zone, UTC here)
        .contains("Décider avant le", DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH).format(
            OversightReviewProcess.Variables.REVIEW_DUE_DATE.from(engine.getRuntimeService()
                .getVariables(task.getProcessInstanceId())).required().toInstant().atZone(ZoneOffset.UTC)));
    browser.step("formulaire d'examen");

    browser.driver().findElement(By.id("decisionReturned")).click();
    assertThat(browser.pageText()).contains("Obligatoires si vous renvoyez ou rejetez le document");
    browser.driver().findElement(By.id("reasons")).sendKeys("La section 4 omet le contrôle civil du renseignement.");
    WebElement complete = browser.waitClickable(By.xpath("//button[normalize-space()='Terminer']"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    browser.step("prêt à terminer");
    complete.click();
    browser.waitUntil(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0,
        "the review completed");
    browser.step("terminé");
  }

  @Test
  void coordinatorRecordsADialogSessionOfAFrenchProgrammeInItsFrenchForm() {
    Map<String, String> words = Messages.file(FormTranslations.bundle("dialog-session"), "fr");
    assertThat(words).as("i18n/forms/dialog-session_fr.properties").isNotEmpty();
    Map<String, Object> setUp = Programmes.startForm(CODE + "-F");
    setUp.put(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name(), "fr");
    new Programmes(engine).start(setUp);
    Task task = new Programmes(engine).openTasks(CODE + "-F", ProgrammeProcess.Elements.RECORD_DIALOG_SESSION).get(0);
    engine.getTaskService().claim(task.getId(), "coordinator");

    browser.login("tasklist", "coordinator");
    browser.open("/camunda/app/tasklist/default/#/?task=" + task.getId());
    browser.waitForText(words.get("Field_sessionPlace.label"));
    CamundaForm form = new CamundaForm(browser);
    assertThat(form.text()).contains(words.get("Field_sessionFacilitator.label"),
        words.get("Field_segmentsPresent.values.youth"), words.get("Field_agreements.label"));
    browser.step("formulaire de séance de dialogue");

    // typed in the format the field shows: form-js takes it from the browser's own locale (its UI language)
    form.date(words.get("Field_sessionDate.dateLabel"), LocalDate.of(2026, 11, 20))
        .type(words.get("Field_sessionPlace.label"), "Palais des congrès, Bujumbura")
        .type(words.get("Field_participants.label"), "48")
        .choose(words.get("Field_segmentsPresent.label"), words.get("Field_segmentsPresent.values.youth"),
            words.get("Field_segmentsPresent.values.womensGroups"))
        .type(words.get("Field_agreements.label"), "La sécurité doit servir la population.");
    WebElement complete = browser.waitClickable(By.xpath("//button[normalize-space()='Terminer']"));
    ((JavascriptExecutor) browser.driver()).executeScript("arguments[0].scrollIntoView({block: 'center'});", complete);
    browser.step("séance prête à terminer");
    complete.click();
    browser.waitUntil(d -> engine.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0,
        "the dialog session completed");

    // the French form submits what the English one does: the same keys and option values (the session recorded)
    Map<String, Object> session = ProgrammeProcess.Variables.DIALOG_SESSIONS.from(engine.getRuntimeService()
        .getVariables(task.getProcessInstanceId())).get().get(0);
    assertThat(session).containsEntry("sessionPlace", "Palais des congrès, Bujumbura");
    assertThat(String.valueOf(session.get("sessionDate"))).as("the date typed in the French form")
        .startsWith("2026-11-20");
    assertThat(String.valueOf(session.get("segmentsPresent"))).contains("youth", "womensGroups");
  }

  @Test
  void managerReadsTheDashboardAndTheProgrammeTabInFrench() {
    new Programmes(engine).start(CODE + "-C");

    browser.login("cockpit", "manager");
    browser.waitForText("Instances de processus en cours");
    By row = By.cssSelector("tr.ssr-programme-row[data-code=\"" + CODE + "-C\"]");
    browser.waitVisible(row);
    assertThat(browser.pageText())
        .contains("Programmes de RSS", "Exporter le portefeuille (XLSX)", "Douze étapes", "Examens de contrôle",
            "Plan financier", "pas encore de plan");
    assertThat(browser.driver().findElement(row).getText())
        .contains("Transformation du secteur de la sécurité: National security sector transformation " + CODE + "-C")
        .contains("En cours");
    // the step badges' hover text uses the glossary's step names
    assertThat(browser.driver().findElement(row).findElement(By.cssSelector(".ssr-step[data-step=\"1\"]"))
        .getAttribute("title")).startsWith("Étape 1 Compréhension et volonté politique : en cours");
    browser.step("tableau de bord");

    browser.driver().findElement(row).findElement(By.linkText(CODE + "-C")).click();
    browser.waitVisible(By.cssSelector(".djs-container"));
    browser.waitClickable(By.xpath("//a[normalize-space(.) = 'Programme']")).click();
    browser.waitVisible(By.cssSelector(".ssr-programme-tab"));
    browser.waitUntil(d -> d.findElement(By.cssSelector(".ssr-programme-tab")).getText().contains("Douze étapes"),
        "the programme tab to load");
    assertThat(browser.driver().findElement(By.cssSelector(".ssr-programme-tab")).getText())
        .contains("Programme " + CODE + "-C", "Registre des décisions (0)", "Risques ouverts (0)",
            "Évaluation initiale des besoins", "Gestion des risques",
            // a programme set up without a language is English, named in the reader's language
            "langue du programme : anglais");
    browser.step("onglet programme");
  }
}
