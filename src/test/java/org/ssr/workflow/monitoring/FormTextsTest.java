package org.ssr.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.finance.FinancialPlanProcess;
import org.ssr.workflow.finance.PlanContext;
import org.ssr.workflow.finance.PlanFormat;
import org.ssr.workflow.finance.PlanTotals;
import org.ssr.workflow.finance.StrategyAction;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * The values the Camunda Forms show with {@code {{ placeholder }}} come in the programme's language (docs/languages.md,
 * "Values the forms show"), read as Tasklist reads them ({@code GET /task/{id}/form-variables}), while what the
 * processes route on stays a code; an English programme's forms show what they always showed.
 */
@SsrApplicationTest
class FormTextsTest {

  @Autowired
  ProcessEngine engine;

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|FX-FR|Transformation du secteur de la sécurité|Pas encore entendues : Jeunes, Groupes de femmes.|Aucun accord ni désaccord enregistré pour l’instant.|Contexte de réforme : sortie de conflit.",
      "pt|FX-PT|Transformação do Sector de Segurança|Ainda não ouvidos: Jovens, Grupos de mulheres.|Ainda não foi registado nenhum acordo nem desacordo.|Contexto de reforma: pós-conflito."})
  void aProgrammesDialogFormShowsItsLanguage(String language, String code, String term, String missing, String ledger,
      String scoping) {
    String programme = startProgramme(code, language);
    try {
      Task session = task(programme, ProgrammeProcess.Elements.RECORD_DIALOG_SESSION);
      VariableMap shown = engine.getFormService().getTaskFormVariables(session.getId());
      assertThat(shown.get("programmeTerm")).isEqualTo(term);
      assertThat(shown.get("missingSegmentsText")).isEqualTo(missing);
      assertThat(shown.get("agreementLedgerText")).isEqualTo(ledger);
      assertThat(String.valueOf(shown.get("scopingSuggestion"))).startsWith(scoping);
      // the task's name in Tasklist's list speaks the programme's language too (docs/languages.md, "Task names")
      assertThat(session.getName()).isEqualTo(Map.of("fr", "Enregistrer une séance de dialogue national",
          "pt", "Registar uma sessão de diálogo nacional").get(language));
      // the stored term stays the set-up's code: reports, filters and other code read it
      assertThat(engine.getRuntimeService().getVariable(programme, "programmeTerm"))
          .isEqualTo("Security Sector Transformation");
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(programme)
          .variableName("programmeTerm").list()).as("the copy is not in the history").hasSize(1);
    } finally {
      delete(programme);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "fr|FX-FRREV|Cadre de la politique de sécurité nationale|Commission de la défense et de la sécurité du Parlement|21 jours|7 jours|Politique|élevé",
      "pt|FX-PTREV|Quadro da Política de Segurança Nacional|Comissão de Defesa e Segurança do Parlamento|21 dias|7 dias|Política|elevado"})
  void theReviewAndRiskFormsOfAProgrammeShowItsLanguage(String language, String code, String kind, String body,
      String deadline, String escalation, String category, String level) {
    String programme = startProgramme(code, language);
    // started on their own for the programme (not called by it): the language is found by the programme's code
    ProcessInstance review = startReview(code);
    ProcessInstance risk = startRisk(code, category);
    try {
      Job timer = engine.getManagementService().createJobQuery().processInstanceId(review.getId())
          .activityId("Boundary_ReviewDeadlinePassed").singleResult();
      engine.getManagementService().executeJob(timer.getId());
      Task chase = task(review.getId(), OversightReviewProcess.Elements.CHASE_OVERDUE_REVIEW);
      VariableMap shown = engine.getFormService().getTaskFormVariables(chase.getId());
      assertThat(shown.get("reviewKindName")).isEqualTo(kind);
      assertThat(shown.get("reviewBodyName")).isEqualTo(body);
      assertThat(shown.get("reviewDeadline")).isEqualTo(deadline);
      assertThat(shown.get("reviewEscalationDelay")).isEqualTo(escalation);
      // « 28 décembre 2026 », « 28 de dezembro de 2026 »
      assertThat(String.valueOf(shown.get("reviewDueDate"))).matches("\\d{1,2} (de )?\\p{L}+ (de )?\\d{4}");
      // its name: the translated pattern, its expressions evaluated with the body's name in the programme's words
      assertThat(chase.getName()).isEqualTo(Map.of("fr", "Relancer un examen en retard : ",
          "pt", "Insistir numa análise em atraso: ").get(language) + body + " — National Security Policy 2027");
      // what the process routes on and its timers read stays a code
      assertThat(engine.getRuntimeService().getVariable(review.getId(), "reviewDeadline")).isEqualTo("P21D");
      // the body's review task has an embedded form, which shows the codes in the person's language itself
      Task reviewTask = task(review.getId(), OversightReviewProcess.Elements.REVIEW_TASK);
      // an embedded form's task is named in the programme's language as well, with the same words for the body
      assertThat(reviewTask.getName()).isEqualTo(body + Map.of("fr", " : examiner « National Security Policy 2027 »"
          + " (version 1)", "pt", ": analisar \"National Security Policy 2027\" (versão 1)").get(language));
      assertThat(engine.getFormService().getTaskFormVariables(reviewTask.getId()).get("programmeTerm"))
          .isEqualTo("Security Sector Transformation");
      assertThat(engine.getFormService().getTaskFormVariables(reviewTask.getId()).get("reviewDueDate"))
          .isInstanceOf(java.util.Date.class);

      Task decide = task(risk.getId(), RiskHandlingProcess.Elements.DECIDE_HIGH_RISK);
      assertThat(decide.getName()).isEqualTo(Map.of("fr", "Statuer sur le risque élevé",
          "pt", "Decidir sobre o risco elevado").get(language));
      VariableMap riskShown = engine.getFormService().getTaskFormVariables(decide.getId());
      assertThat(riskShown.get("riskCategory")).isEqualTo(category);
      assertThat(riskShown.get("riskLevel")).isEqualTo(level);
      assertThat(riskShown.get("riskDecisionDeadline")).isEqualTo(escalation);
      assertThat(engine.getRuntimeService().getVariable(risk.getId(), "riskLevel")).isEqualTo("high");
      // the decision's listener reads the level from the process, not the task's word
      engine.getTaskService().complete(decide.getId(), Variables.createVariables()
          .putValue(RiskHandlingProcess.Variables.RISK_DECISION.name(), "accept")
          .putValue(RiskHandlingProcess.Variables.RISK_DECISION_REASON.name(), "accepted in a test"));
      assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(risk.getId())
          .variableName("riskLevel").list()).extracting(v -> v.getValue()).containsOnly("high");
    } finally {
      delete(review.getId());
      delete(risk.getId());
      delete(programme);
    }
  }

  @Test
  void thePlansTotalsShowInstitutionsSourcesAndWarningsInTheProgrammesLanguage() {
    PlanContext context = new PlanContext("FX-FRPLAN", "Form texts FX-FRPLAN", "Security Sector Reform",
        List.of(new StrategyAction("A-2", "Community policing pilots", "police", 2027, 2029)), List.of("police"),
        List.of("European Union"), 2027, 2029).withLanguage("fr");
    // finance writes the warnings in the programme's language (finance.PlanTotals); the form shows them as written
    PlanTotals totals = PlanTotals.of(List.of(), context);
    Map<String, Object> variables = new HashMap<>();
    variables.put("programmeCode", "FX-FRPLAN");
    variables.put("programmeTerm", "Security Sector Reform");
    variables.put(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name(), "fr");
    FinancialPlanProcess.Variables.TOTALS.putIn(variables, totals);
    String programme = engine.getRuntimeService().createProcessInstanceByKey(ProgrammeProcess.KEY)
        .businessKey("FX-FRPLAN").setVariables(variables)
        .startBeforeActivity(FinancialPlanProcess.TASK_REVIEW_TOTALS).execute().getId();
    try {
      Task review = task(programme, FinancialPlanProcess.TASK_REVIEW_TOTALS);
      Object shown = engine.getFormService().getTaskFormVariables(review.getId()).get("financialPlanTotals");
      PlanTotals copy = FinancialPlanProcess.Variables.TOTALS.read(shown);
      assertThat(copy.warnings()).containsExactly("L’action A-2 « Community policing pilots » (Police) n’a aucune "
          + "ligne dans le plan : ses ressources ne sont pas encore planifiées.");
      assertThat(copy.byInstitution()).extracting(PlanTotals.Row::key).containsExactly("Police");
      assertThat(copy.bySource()).extracting(PlanTotals.Row::key).contains("Budget national", "Non financé",
          "European Union");
      PlanTotals stored = FinancialPlanProcess.Variables.TOTALS.read(
          engine.getRuntimeService().getVariable(programme, "financialPlanTotals"));
      assertThat(stored.bySource()).extracting(PlanTotals.Row::key).contains(PlanFormat.NATIONAL_BUDGET);
    } finally {
      delete(programme);
    }
  }

  @Test
  void anEnglishProgrammesFormsShowWhatTheyAlwaysShowed() {
    String programme = startProgramme("FX-EN", null);
    ProcessInstance review = startReview("FX-EN");
    try {
      Task session = task(programme, ProgrammeProcess.Elements.RECORD_DIALOG_SESSION);
      VariableMap shown = engine.getFormService().getTaskFormVariables(session.getId());
      assertThat(shown.get("programmeTerm")).isEqualTo("Security Sector Transformation");
      assertThat(shown.get("missingSegmentsText")).isEqualTo("Not heard yet: Youth, Women's groups.");
      assertThat(shown.get("agreementLedgerText")).isEqualTo("No agreement or disagreement recorded yet.");
      assertThat(engine.getTaskService().getVariablesLocal(session.getId())).doesNotContainKey("programmeTerm");
      assertThat(session.getName()).as("the model's name").isEqualTo("Record national dialog session");
      Task reviewTask = engine.getTaskService().createTaskQuery().processInstanceId(review.getId()).list().get(0);
      VariableMap reviewShown = engine.getFormService().getTaskFormVariables(reviewTask.getId());
      assertThat(reviewShown.get("reviewKindName")).isEqualTo("National Security Policy framework");
      assertThat(reviewShown.get("reviewDeadline")).isEqualTo("P21D");
      assertThat(reviewTask.getName()).as("the model's name, evaluated by the engine")
          .endsWith(": review \"National Security Policy 2027\" (version 1)");
    } finally {
      delete(review.getId());
      delete(programme);
    }
  }

  /** A programme started as Tasklist starts it, in a language (null: none chosen, as before #19). */
  private String startProgramme(String code, String language) {
    Map<String, Object> form = new HashMap<>();
    form.put("programmeCode", code);
    form.put("programmeName", "Form texts " + code);
    form.put("country", "Testland");
    form.put("programmeTerm", "Security Sector Transformation");
    form.put("institutions", SpinValues.jsonValue("[\"police\"]").create());
    form.put("oversightPolice", SpinValues.jsonValue("[\"parliamentOversight\"]").create());
    form.put("regionsText", "North");
    form.put("requiredSegments", SpinValues.jsonValue("[\"youth\", \"womensGroups\"]").create());
    form.put("reformContext", "postConflict");
    form.put("donorsText", "European Union");
    if (language != null) {
      form.put(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name(), language);
    }
    String definition = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProgrammeProcess.KEY).latestVersion().singleResult().getId();
    String programme = engine.getFormService().submitStartForm(definition, form).getId();
    for (Job job = dueJob(programme); job != null; job = dueJob(programme)) {
      engine.getManagementService().executeJob(job.getId());
    }
    return programme;
  }

  private ProcessInstance startReview(String code) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("programmeCode", code);
    variables.put("programmeTerm", "Security Sector Transformation");
    variables.put("reviewKind", "NSP");
    variables.put("reviewSubject", "National Security Policy 2027");
    variables.put("reviewVersion", 1);
    variables.put("reviewDocument", Variables.fileValue("nsp.pdf")
        .file("%PDF-1.4 draft".getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create());
    variables.put("reviewGroups", new ArrayList<>(List.of(SsrGroups.PARLIAMENT_OVERSIGHT)));
    return engine.getRuntimeService().startProcessInstanceByKey(OversightReviewProcess.KEY, code, variables);
  }

  /** A political risk of likelihood 3 and impact 4: high, for the programme managers. */
  private ProcessInstance startRisk(String code, String category) {
    ProcessInstance risk = engine.getRuntimeService().startProcessInstanceByKey(RiskHandlingProcess.KEY, code,
        Variables.createVariables()
            .putValue(RiskHandlingProcess.Variables.PROGRAMME_CODE.name(), code)
            .putValue(RiskHandlingProcess.Variables.RISK_TITLE.name(), "Rumours of a coup " + code)
            .putValue(RiskHandlingProcess.Variables.RISK_DESCRIPTION.name(), "Officers meet at night")
            .putValue(RiskHandlingProcess.Variables.RISK_CATEGORY.name(), "political")
            .putValue(RiskHandlingProcess.Variables.RISK_REPORTED_BY.name(), "monitor"));
    Task assess = task(risk.getId(), RiskHandlingProcess.Elements.ASSESS);
    assertThat(engine.getFormService().getTaskFormVariables(assess.getId()).get("riskCategory")).isEqualTo(category);
    engine.getTaskService().complete(assess.getId(), Variables.createVariables()
        .putValue(RiskHandlingProcess.Variables.RISK_LIKELIHOOD.name(), 3L)
        .putValue(RiskHandlingProcess.Variables.RISK_IMPACT.name(), 4L)
        .putValue(RiskHandlingProcess.Variables.RISK_ASSESSMENT_NOTE.name(), "assessed in a test"));
    return risk;
  }

  private Task task(String processInstanceId, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as("task " + key).isNotNull();
    return task;
  }

  private Job dueJob(String processInstanceId) {
    return engine.getManagementService().createJobQuery().processInstanceId(processInstanceId).executable()
        .listPage(0, 1).stream().findFirst().orElse(null);
  }

  private void delete(String processInstanceId) {
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      engine.getRuntimeService().deleteProcessInstance(processInstanceId, "form texts test finished", true, true);
    }
  }
}
