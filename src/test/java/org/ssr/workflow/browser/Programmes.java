package org.ssr.workflow.browser;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.spin.plugin.variable.SpinValues;
import org.camunda.spin.plugin.variable.value.JsonValue;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeProcess;

/**
 * Preconditions set up through the Java API, the way Tasklist submits forms (list fields as Json), so a scenario does
 * not click again through what an earlier scenario already clicked.
 */
final class Programmes {

  private final ProcessEngine engine;

  Programmes(ProcessEngine engine) {
    this.engine = engine;
  }

  /** The start form's values of a small programme: police in scope, reviewed by parliament; three segments required. */
  static Map<String, Object> startForm(String code) {
    Map<String, Object> form = new HashMap<>();
    form.put("programmeCode", code);
    form.put("programmeName", "National security sector transformation " + code);
    form.put("country", "Testland");
    form.put("programmeTerm", "Security Sector Transformation");
    form.put("institutions", json("[\"police\"]"));
    form.put("oversightPolice", json("[\"parliamentOversight\"]"));
    form.put("regionsText", "North\nSouth");
    form.put("requiredSegments", json("[\"youth\",\"womensGroups\",\"religiousLeaders\"]"));
    form.put("donorsText", "European Union");
    return form;
  }

  /** Submits the programme's start form as Tasklist does (no business key: the process takes the code). */
  ProcessInstance start(String code) {
    return start(startForm(code));
  }

  /** Submits these start form values (e.g. {@link #startForm} with a programme language). */
  ProcessInstance start(Map<String, Object> form) {
    String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
        .processDefinitionKey(ProgrammeProcess.KEY).latestVersion().singleResult().getId();
    ProcessInstance programme = engine.getFormService().submitStartForm(definitionId, form);
    DueJobs.run(engine.getManagementService());
    return programme;
  }

  /**
   * Asks oversight bodies to review a document, exactly as the programme's call activities ask (the oversight-review
   * contract), and runs what is due; returns the review's process instance.
   */
  ProcessInstance requestReview(String code, String subject, int version, byte[] document, String... groups) {
    Map<String, Object> in = new HashMap<>();
    in.put(OversightReviewProcess.Variables.PROGRAMME_CODE.name(), code);
    in.put(OversightReviewProcess.Variables.PROGRAMME_TERM.name(), "Security Sector Transformation");
    in.put(OversightReviewProcess.Variables.REVIEW_KIND.name(), "NSP");
    in.put(OversightReviewProcess.Variables.REVIEW_SUBJECT.name(), subject);
    in.put(OversightReviewProcess.Variables.REVIEW_VERSION.name(), version);
    in.put(OversightReviewProcess.Variables.REVIEW_DOCUMENT.name(), Variables.fileValue(
        "national-security-policy-v" + version + ".txt").file(document).mimeType("text/plain")
        .encoding(StandardCharsets.UTF_8).create());
    in.put(OversightReviewProcess.Variables.REVIEW_GROUPS.name(), new ArrayList<>(List.of(groups)));
    ProcessInstance review = engine.getRuntimeService()
        .startProcessInstanceByKey(OversightReviewProcess.KEY, code, in);
    DueJobs.run(engine.getManagementService());
    return review;
  }

  /** The open tasks of a programme and of the processes it called, by task definition key. */
  List<Task> openTasks(String code, String taskDefinitionKey) {
    return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(code)
        .taskDefinitionKey(taskDefinitionKey).list();
  }

  static JsonValue json(String json) {
    return SpinValues.jsonValue(json).create();
  }
}
