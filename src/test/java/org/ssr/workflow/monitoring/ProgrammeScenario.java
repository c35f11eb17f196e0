package org.ssr.workflow.monitoring;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.programme.ProgrammeReviewers;
import org.ssr.workflow.programme.ScopingDelegate;
import org.ssr.workflow.programme.ScopingService;

/**
 * Drives the real ssr-programme model (with the real oversight-review) far enough for the status scenarios. The
 * programme's own beans are stand-ins that do nothing, except scoping (the real delegate writes the stepScope the
 * status reads) and the oversight-review beans; the values their forms would submit are passed by the scenario.
 */
final class ProgrammeScenario {

  static final String CODE = "SSR-MON-01";
  static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

  private static final Pattern BEAN = Pattern.compile("delegateExpression=\"\\$\\{(\\w+)\\}\"");

  private final ProcessEngine engine;
  final String code;
  ProcessInstance programme;

  ProgrammeScenario(ProcessEngine engine) {
    this(engine, CODE);
  }

  /** A scenario of its own programme code, for several programmes in one engine. */
  ProgrammeScenario(ProcessEngine engine, String code) {
    this.engine = engine;
    this.code = code;
  }

  /** A do-nothing delegate or listener for every bean of the model, then the real ones that matter here. */
  static void registerBeans() {
    Matcher beans = BEAN.matcher(resource(ProgrammeProcess.RESOURCE));
    NoOp noOp = new NoOp();
    while (beans.find()) {
      Mocks.register(beans.group(1), noOp);
    }
    Mocks.register(ProgrammeProcess.Beans.SCOPING, new ScopingDelegate(new ScopingService()));
    Mocks.register(ProgrammeProcess.Beans.PROGRAMME_REVIEWERS, new ProgrammeReviewers());
    OversightReviewTestBeans.register();
  }

  static String resource(String path) {
    try (InputStream in = ProgrammeScenario.class.getClassLoader().getResourceAsStream(path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static final class NoOp implements JavaDelegate, ExecutionListener, TaskListener {
    @Override
    public void execute(DelegateExecution execution) {}

    @Override
    public void notify(DelegateExecution execution) {}

    @Override
    public void notify(DelegateTask task) {}
  }

  /** The programme's language chosen at set-up; null: none (a programme from before the choice, read as English). */
  String language;

  /** The variables the set-up listener leaves on a new programme (ProgrammeProcess.Variables). */
  ProcessInstance start() {
    Map<String, Object> vars = new HashMap<>();
    vars.put("programmeCode", code);
    vars.put("programmeName", "Monitoring test programme");
    vars.put("country", "Testland");
    vars.put("programmeTerm", "Security Sector Reform");
    vars.put("institutions", List.of("defence", "police"));
    vars.put("regions", List.of("North", "South"));
    vars.put("donors", List.of("European Union"));
    vars.put("transformationOnHold", false);
    vars.put("oversightInPlace", false);
    vars.put("reviewDeadline", "P21D");
    if (language != null) {
      ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.putIn(vars, language);
    }
    programme = engine.getRuntimeService().startProcessInstanceByKey(ProgrammeProcess.KEY, code, vars);
    return programme;
  }

  void advance(Duration duration) {
    ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(duration)));
  }

  Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  Task task(String key) {
    List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(key).list();
    if (tasks.isEmpty()) {
      fail("No open task " + key + "; open: " + engine.getTaskService().createTaskQuery()
          .processInstanceBusinessKey(code).list().stream().map(Task::getTaskDefinitionKey).toList());
    }
    return tasks.get(0);
  }

  void complete(String key, Map<String, Object> values) {
    engine.getFormService().submitTaskForm(task(key).getId(), values);
  }

  void dialogSession(boolean allSegmentsHeard, boolean mediation) {
    Map<String, Object> v = new HashMap<>();
    v.put("mediationRequested", mediation);
    v.put("allSegmentsHeard", allSegmentsHeard);
    complete(Elements.RECORD_DIALOG_SESSION, v);
  }

  /** Dialog, consensus, one consultation per region, consolidation and scoping, a day apart each. */
  void throughScoping(Map<Integer, String> skipped) {
    dialogSession(true, false);
    advance(Duration.ofDays(1));
    complete(Elements.DECLARE_CONSENSUS, Map.of("consensusDecision", "consensus"));
    advance(Duration.ofDays(1));
    complete(Elements.REGIONAL_CONSULTATION, Map.of());
    complete(Elements.REGIONAL_CONSULTATION, Map.of());
    advance(Duration.ofDays(1));
    complete(Elements.CONSOLIDATE_NEEDS_ASSESSMENT, Map.of());
    advance(Duration.ofDays(1));
    Map<String, Object> scope = new LinkedHashMap<>();
    for (int step = 3; step <= 10; step++) {
      scope.put("applyStep" + step, !skipped.containsKey(step));
      if (skipped.containsKey(step)) {
        scope.put("justificationStep" + step, skipped.get(step));
      }
    }
    complete(Elements.SCOPE_PROGRAMME, scope);
    advance(Duration.ofDays(1));
  }

  /** Step 11's charter goes to its oversight review. */
  void submitGovernanceCharter() {
    complete(Elements.DEVELOP_GOVERNANCE_STRUCTURES, Map.of("governanceCharterTitle", "Oversight charter",
        "governanceCharterVersion", 1));
    recordOversightCharter();
  }

  /** Step 11's charter as data (the stand-in listener keeps nothing: reviews follow today's rule). */
  void recordOversightCharter() {
    complete(Elements.RECORD_OVERSIGHT_CHARTER, Map.of());
  }

  /** Decides the open review task of a body as Tasklist does (claim, submit as that user). */
  void decide(String group, String user, String decision, String reasons) {
    Task task = engine.getTaskService().createTaskQuery()
        .taskDefinitionKey(OversightReviewProcess.Elements.REVIEW_TASK).taskCandidateGroup(group).singleResult();
    if (task == null) {
      fail("No review task for " + group);
    }
    engine.getTaskService().claim(task.getId(), user);
    engine.getIdentityService().setAuthenticatedUserId(user);
    try {
      Map<String, Object> form = new HashMap<>();
      form.put("decision", decision);
      if (reasons != null) {
        form.put("reasons", reasons);
      }
      engine.getFormService().submitTaskForm(task.getId(), form);
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
