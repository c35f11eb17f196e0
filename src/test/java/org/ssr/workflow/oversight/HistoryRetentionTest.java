package org.ssr.workflow.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ssr.workflow.oversight.OversightReviewProcess.Variables.*;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.MockExpressionManager;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.spin.plugin.impl.SpinProcessEnginePlugin;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * Issue 14, "no accountability record is ever lost to history clean-up while its programme runs or within the
 * retention period after it ends": with the application's clean-up settings (removal-time based, removal time set when
 * the <em>root</em> process instance ends, from the root's time to live; application.yaml,
 * docs/operations.md), an oversight review a programme called eleven years ago survives the clean-up while the
 * programme runs, survives for the programme's ten years after it ends, and goes only then.
 *
 * <p>Its own engine (own name, own in-memory database): history clean-up removes every instance whose time has come,
 * and must not reach the history the other tests of the JVM read.
 */
class HistoryRetentionTest {

  private static final String PROGRAMME = "retention-programme";
  private static final int PROGRAMME_TIME_TO_LIVE_DAYS = 3650;
  private static final ZonedDateTime START = ZonedDateTime.of(2027, 3, 1, 9, 0, 0, 0, ZoneOffset.UTC);

  private static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
    configuration.setProcessEngineName("history-retention");
    configuration.setJdbcUrl("jdbc:h2:mem:history-retention;DB_CLOSE_DELAY=1000");
    configuration.setHistory(ProcessEngineConfigurationImpl.HISTORY_FULL);
    configuration.setJobExecutorActivate(false);
    configuration.setExpressionManager(new MockExpressionManager());
    configuration.setProcessEnginePlugins(List.of(new SpinProcessEnginePlugin()));
    // the clean-up settings of application.yaml (ApplicationHistorySettingsTest checks the application uses them)
    configuration.setHistoryCleanupStrategy(ProcessEngineConfigurationImpl.HISTORY_CLEANUP_STRATEGY_REMOVAL_TIME_BASED);
    configuration.setHistoryRemovalTimeStrategy(ProcessEngineConfigurationImpl.HISTORY_REMOVAL_TIME_STRATEGY_END);
    engine = configuration.buildProcessEngine();
    OversightReviewTestBeans.register();
    SpringBootLikeDeployment.deploy(engine, OversightReviewProcess.RESOURCE,
        OversightReviewProcess.DECISION_FORM_RESOURCE, OversightReviewProcess.CHASE_FORM_RESOURCE);
    // a programme as ssr-programme calls a review: ten years' time to live of its own, waiting for decades after
    engine.getRepositoryService().createDeployment().addModelInstance(PROGRAMME + ".bpmn",
        Bpmn.createExecutableProcess(PROGRAMME).camundaHistoryTimeToLive(PROGRAMME_TIME_TO_LIVE_DAYS)
            .startEvent("StartEvent_Programme")
            .callActivity("CallActivity_Review").calledElement(OversightReviewProcess.KEY)
            .camundaIn(PROGRAMME_CODE.name(), PROGRAMME_CODE.name())
            .camundaIn(PROGRAMME_TERM.name(), PROGRAMME_TERM.name())
            .camundaIn(REVIEW_KIND.name(), REVIEW_KIND.name())
            .camundaIn(REVIEW_SUBJECT.name(), REVIEW_SUBJECT.name())
            .camundaIn(REVIEW_VERSION.name(), REVIEW_VERSION.name())
            .camundaIn(REVIEW_DOCUMENT.name(), REVIEW_DOCUMENT.name())
            .camundaIn(REVIEW_GROUPS.name(), REVIEW_GROUPS.name())
            .camundaIn(REVIEW_DEADLINE.name(), REVIEW_DEADLINE.name())
            .camundaOut(REVIEW_OUTCOME.name(), REVIEW_OUTCOME.name())
            .userTask("UserTask_ImplementForDecades")
            .endEvent("EndEvent_ProgrammeClosed")
            .done())
        .deploy();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @AfterAll
  static void close() {
    Mocks.reset();
    engine.close();
  }

  @Test
  void aReviewDecidedElevenYearsAgoStaysWhileItsProgrammeRuns_andTenYearsAfterItEnds() {
    at(START);
    ProcessInstance programme = engine.getRuntimeService().startProcessInstanceByKey(PROGRAMME, "SSR-RETENTION",
        Variables.createVariables()
            .putValue(PROGRAMME_CODE.name(), "SSR-RETENTION")
            .putValue(PROGRAMME_TERM.name(), "Security Sector Reform")
            .putValue(REVIEW_KIND.name(), "NSP")
            .putValue(REVIEW_SUBJECT.name(), "National Security Policy")
            .putValue(REVIEW_VERSION.name(), 1)
            .putValue(REVIEW_DOCUMENT.name(), Variables.fileValue("nsp.pdf")
                .file("%PDF-1.4".getBytes(StandardCharsets.UTF_8)).create())
            .putValue(REVIEW_GROUPS.name(), List.of("parliamentOversight"))
            .putValue(REVIEW_DEADLINE.name(), "P21D"));
    String review = engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(programme.getId())
        .singleResult().getId();
    Task decide = engine.getTaskService().createTaskQuery().processInstanceId(review).singleResult();
    engine.getTaskService().claim(decide.getId(), "parliament");
    engine.getTaskService().complete(decide.getId(), Map.of(DECISION.name(), "approved", REASONS.name(), ""));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(review).finished()
        .count()).as("the review ended; the programme goes on").isEqualTo(1);

    // eleven years on, far past the review model's own ten years: the programme still runs, the review stays
    cleanUpAt(START.plusYears(11));
    assertReviewKept(review, "while the programme runs");

    // the programme closes after eleven years; its records stay for its ten years of retention ...
    Task last = engine.getTaskService().createTaskQuery().processInstanceId(programme.getId()).singleResult();
    engine.getTaskService().complete(last.getId());
    cleanUpAt(START.plusYears(11).plusDays(PROGRAMME_TIME_TO_LIVE_DAYS - 1));
    assertReviewKept(review, "within the retention period after the programme ended");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(programme.getId())
        .count()).isEqualTo(1);

    // ... and only then does the clean-up take the programme and its review together
    cleanUpAt(START.plusYears(11).plusDays(PROGRAMME_TIME_TO_LIVE_DAYS + 1));
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processInstanceIds(java.util.Set.of(programme.getId(), review)).count()).isZero();
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(review).count()).isZero();
  }

  private static void assertReviewKept(String review, String when) {
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(review).count())
        .as("the review's instance " + when).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(review)
        .taskAssignee("parliament").count()).as("who decided " + when).isEqualTo(1);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(review)
        .variableName(REVIEW_DECISIONS.name()).count()).as("the decisions " + when).isEqualTo(1);
  }

  /** Runs the history clean-up job now, as its nightly window would at that date. */
  private static void cleanUpAt(ZonedDateTime when) {
    at(when);
    Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
    engine.getManagementService().executeJob(cleanup.getId());
  }

  private static void at(ZonedDateTime when) {
    ClockUtil.setCurrentTime(Date.from(Instant.from(when)));
  }
}
