package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.risk.RiskReportProcess;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * A person whose browser speaks French (docs/languages.md): Tasklist with our oversight review form, and Cockpit with
 * our dashboard and programme tab, show French — the webapps' own labels, our forms' and plugins' words and the
 * glossary's terms — and the reviewer completes the review in French. A programme set up in French shows its Camunda
 * Forms in French (the words of {@code i18n/forms/<form>_fr.properties}), and the coordinator completes one. Start
 * forms follow the browser: the monitor reports a risk in the French start form.
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

  /**
   * A start form opens before there is a process, so it speaks the person's language (docs/languages.md): a French
   * browser gets the French risk report from "Start process" even for an English programme, and what it submits
   * reaches the programme as codes; the French set-up form proposes French as the programme's language.
   */
  @Test
  void monitorReportsARiskFromTheFrenchStartFormAndTheSetUpProposesFrench() {
    Map<String, String> words = Messages.file(FormTranslations.bundle("risk-report"), "fr");
    assertThat(words).as("i18n/forms/risk-report_fr.properties").isNotEmpty();
    new Programmes(engine).start(CODE + "-R");

    browser.login("tasklist", "monitor");
    Tasklist tasklist = new Tasklist(browser);
    tasklist.openStartForm(processName(RiskReportProcess.KEY));
    browser.waitForText(words.get("Field_riskTitle.label"));
    CamundaForm form = new CamundaForm(browser);
    assertThat(form.text()).contains("Signaler un risque (étape 12)", words.get("Field_programmeCode.description"),
        words.get("Field_riskCategory.label"));
    form.type(words.get("Field_programmeCode.label"), CODE + "-R")
        .type(words.get("Field_riskTitle.label"), "Des chefs de milice menacent de quitter le dialogue")
        .type(words.get("Field_riskDescription.label"), "Deux groupes armés boycotteront la prochaine séance au Nord.")
        .select(words.get("Field_riskCategory.label"), words.get("Field_riskCategory.values.security"));
    browser.step("signalement de risque en français");
    tasklist.start();
    browser.step("risque signalé");
    DueJobs.run(engine.getManagementService());
    ProcessInstance risk = browser.waitUntil(d -> engine.getRuntimeService().createProcessInstanceQuery()
        .processDefinitionKey(RiskHandlingProcess.KEY).processInstanceBusinessKey(CODE + "-R").singleResult(),
        "the risk reported to the programme");
    Map<String, Object> reported = engine.getRuntimeService().getVariables(risk.getId());
    assertThat(RiskHandlingProcess.Variables.RISK_CATEGORY.from(reported).get()).as("the option's value, not its word")
        .isEqualTo("security");
    assertThat(RiskHandlingProcess.Variables.RISK_TITLE.from(reported).get())
        .isEqualTo("Des chefs de milice menacent de quitter le dialogue");

    Map<String, String> setUp = Messages.file(FormTranslations.bundle("programme-setup"), "fr");
    browser.logout();
    browser.login("tasklist", "coordinator");
    tasklist.openStartForm(processName(ProgrammeProcess.KEY));
    browser.waitForText(setUp.get("Field_programmeLanguage.label"));
    CamundaForm setUpForm = new CamundaForm(browser);
    assertThat(setUpForm.text()).contains(setUp.get("Field_programmeName.label"));
    assertThat(setUpForm.field(setUp.get("Field_programmeLanguage.label")).getText()).as("proposed: French")
        .contains("Français");
    browser.step("formulaire de mise en place en français");
  }

  /** A process as Tasklist's "Start process" lists it: by the model's name. */
  private String processName(String key) {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(key).latestVersion()
        .singleResult().getName();
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
