package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.ssr.workflow.engine.FormTranslations;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.programme.ProgrammeProcess.Variables;
import org.ssr.workflow.support.ProcessTestCoverage;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * A programme's language chosen at set-up picks the Camunda Form every user task shows (docs/languages.md): the
 * programme's own tasks read {@code programmeLanguage}; a process started on its own for the programme (a risk report,
 * a local report) finds it through its {@code programmeCode}; without either, the English form.
 */
class ProgrammeFormsTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION)
      .reportDirectory(ProcessTestCoverage.reportDirectory()).build();

  private static final String OTHER_LANGUAGE = Languages.supported().get(Languages.supported().size() - 1);
  private static final String REPORT = "report-for-a-programme";

  ProcessEngine engine;
  private String deploymentId;
  private String reportDeploymentId;

  @BeforeEach
  void setUp() {
    deploymentId = SpringBootLikeDeployment.deploy(engine, ProgrammeProcess.RESOURCE, OversightReviewProcess.RESOURCE,
        "bpmn-stubs/risk-handling-stub.bpmn");
    // a process started on its own for a programme, as risk-report and local-security-report are
    reportDeploymentId = engine.getRepositoryService().createDeployment().addModelInstance(REPORT + ".bpmn",
        Bpmn.createExecutableProcess(REPORT).camundaHistoryTimeToLive(1).startEvent()
            .userTask("UserTask_Report").camundaFormRef(FormTranslations.refExpression("risk-assessment"))
            .camundaFormRefBinding("deployment").endEvent().done()).deploy().getId();
    OversightReviewTestBeans.register();
    ProgrammeTestBeans.register();
  }

  @AfterEach
  void tearDown() {
    SpringBootLikeDeployment.undeploy(engine, reportDeploymentId);
    SpringBootLikeDeployment.undeployAndReset(engine, deploymentId);
  }

  @Test
  void aProgrammeSetUpInAnotherLanguageShowsItsTasksInThatLanguage() {
    assertThat(OTHER_LANGUAGE).isNotEqualTo(Languages.ENGLISH);
    Map<String, Object> form = ProgrammeDriver.startForm("SSR-LANG-01");
    form.put(Variables.PROGRAMME_LANGUAGE.name(), OTHER_LANGUAGE);
    new ProgrammeDriver(engine).start(form);

    assertThat(formOf(task(Elements.RECORD_DIALOG_SESSION))).isEqualTo("dialog-session-" + OTHER_LANGUAGE);
    assertThat(formOfAReportFor("SSR-LANG-01")).as("found through the programme code")
        .isEqualTo("risk-assessment-" + OTHER_LANGUAGE);
  }

  @Test
  void aProgrammeWithoutLanguageAndATaskWithoutProgrammeShowTheEnglishForms() {
    Map<String, Object> form = ProgrammeDriver.startForm("SSR-LANG-02");
    new ProgrammeDriver(engine).start(form);
    String programme = task(Elements.RECORD_DIALOG_SESSION).getProcessInstanceId();
    assertThat(Variables.PROGRAMME_LANGUAGE.from(engine.getRuntimeService().getVariables(programme)).get())
        .isEqualTo(Languages.ENGLISH);
    assertThat(formOf(task(Elements.RECORD_DIALOG_SESSION))).isEqualTo("dialog-session");

    // a programme set up before languages existed
    engine.getRuntimeService().removeVariable(programme, Variables.PROGRAMME_LANGUAGE.name());
    assertThat(formOf(task(Elements.RECORD_DIALOG_SESSION))).isEqualTo("dialog-session");
    assertThat(formOfAReportFor("SSR-LANG-02")).isEqualTo("risk-assessment");
    assertThat(formOfAReportFor("SSR-NONE")).as("no such programme").isEqualTo("risk-assessment");
  }

  @Test
  void aTaskWhoseExecutionIsGoneStillHasItsForm_inEnglish() {
    // a task list read on one node, the task completed on another before its form key is evaluated: no execution
    assertThat(new ProgrammeForms().ref("dialog-session", null)).isEqualTo("dialog-session");
  }

  @Test
  void aLanguageThatIsNotOursIsRefusedAtSetUp_namingTheField() {
    Map<String, Object> form = ProgrammeDriver.startForm("SSR-LANG-03");
    form.put(Variables.PROGRAMME_LANGUAGE.name(), "xx");

    assertThatThrownBy(() -> new ProgrammeDriver(engine).start(form))
        .isInstanceOf(ProgrammeInputRejectedException.class)
        .hasMessageStartingWith("Programme language: 'xx' is not a language of this system");
  }

  private Task task(String key) {
    return engine.getTaskService().createTaskQuery().taskDefinitionKey(key).singleResult();
  }

  private String formOf(Task task) {
    return engine.getFormService().getTaskFormData(task.getId()).getCamundaFormRef().getKey();
  }

  private String formOfAReportFor(String code) {
    String report = engine.getRuntimeService().startProcessInstanceByKey(REPORT,
        Variables.PROGRAMME_CODE.putIn(new java.util.HashMap<>(), code)).getId();
    return formOf(engine.getTaskService().createTaskQuery().processInstanceId(report).singleResult());
  }
}
