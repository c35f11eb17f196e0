package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.ssr.workflow.programme.ProgrammeDriver.json;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.community.process_test_coverage.junit5.platform7.ProcessEngineCoverageExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.oversight.OversightReviewTestBeans;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.support.ProcessTestCoverage;
import org.ssr.workflow.support.SpringBootLikeDeployment;

/**
 * After a dialog session, the next session's form (another session, or the facilitators' session) must be
 * submittable from Tasklist: Tasklist 7.24 types a checklist's value with the type of the variable of the same name
 * it reads from form-variables, and a {@code segmentsPresent} typed Null makes the engine refuse the whole form
 * ("Cannot convert value '["religiousLeaders"]' of type 'Null'"), as WholeProgrammeBrowserIT met it.
 */
class NextDialogSessionFormTest {

  @RegisterExtension
  static ProcessEngineCoverageExtension extension = ProcessEngineCoverageExtension.builder()
      .configurationResource(ProcessTestCoverage.ENGINE_CONFIGURATION)
      .reportDirectory(ProcessTestCoverage.reportDirectory())
      .build();

  ProcessEngine engine;
  private String deploymentId;
  private ProgrammeDriver driver;

  @BeforeEach
  void setUp() {
    init(engine);
    deploymentId = SpringBootLikeDeployment.deploy(engine, ProgrammeProcess.RESOURCE, OversightReviewProcess.RESOURCE,
        "bpmn-stubs/risk-handling-stub.bpmn");
    OversightReviewTestBeans.register();
    ProgrammeTestBeans.register();
    driver = new ProgrammeDriver(engine);
  }

  @AfterEach
  void tearDown() {
    SpringBootLikeDeployment.undeployAndReset(engine, deploymentId);
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void theNextSessionFormSeesNoNullTypedSegments(boolean mediationRequested) {
    driver.start();
    Map<String, Object> session = new HashMap<>();
    session.put("sessionDate", "2026-11-20");
    session.put("sessionPlace", "National assembly");
    session.put("participants", 48);
    session.put("segmentsPresent", json("[\"youth\"]"));
    session.put("agreements", "Security must serve the people.");
    session.put("requestMediation", mediationRequested);
    driver.complete(Elements.RECORD_DIALOG_SESSION, session);

    Task next = driver.task(mediationRequested ? Elements.FACILITATE_DIALOG_SESSION : Elements.RECORD_DIALOG_SESSION);
    // what Tasklist reads before it encodes the submitted checklist (GET /task/{id}/form-variables)
    VariableMap formVariables = engine.getFormService().getTaskFormVariables(next.getId());
    TypedValue segments = formVariables.getValueTyped("segmentsPresent");
    assertThat(segments == null ? null : segments.getType())
        .as("type of segmentsPresent that Tasklist would send with the next session's checklist")
        .isNotEqualTo(ValueType.NULL);
  }
}
