package org.ssr.workflow.risk;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ssr.workflow.engine.Json;
import org.ssr.workflow.engine.FormTranslations;

/** Every user task and start form of the risk models points to a Camunda Form that exists and fits Tasklist 7.24. */
class RiskModelsTest {

  private static final ObjectMapper JSON = Json.mapper();

  @ParameterizedTest
  @ValueSource(strings = {RiskHandlingProcess.RESOURCE, RiskReportProcess.RESOURCE})
  void everyFormExists_andEveryNodeHasAName(String resource) throws IOException {
    BpmnModelInstance model;
    try (InputStream in = resource(resource)) {
      model = Bpmn.readModelFromStream(in);
    }
    assertThat(model.getModelElementsByType(Process.class))
        .allSatisfy(process -> assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("3650"));
    List<String> formRefs = new ArrayList<>();
    model.getModelElementsByType(UserTask.class).forEach(task -> {
      assertThat(task.getCamundaCandidateGroups()).as(task.getId()).isNotBlank();
      formRefs.add(FormTranslations.sourceFormId(task.getCamundaFormRef()));
    });
    model.getModelElementsByType(StartEvent.class).stream()
        .filter(start -> start.getCamundaFormRef() != null).forEach(start -> formRefs.add(start.getCamundaFormRef()));
    assertThat(formRefs).isNotEmpty().doesNotContainNull();
    for (String formRef : formRefs) {
      try (InputStream in = resource("forms/" + formRef + ".form")) {
        assertThat(in).as("forms/%s.form", formRef).isNotNull();
        JsonNode form = JSON.readTree(in);
        assertThat(form.get("id").asText()).isEqualTo(formRef);
        assertThat(form.get("schemaVersion").asInt()).isEqualTo(16);
        assertThat(form.get("executionPlatformVersion").asText()).isEqualTo("7.24.0");
      }
    }
    model.getModelElementsByType(FlowNode.class).stream()
        .filter(node -> !node.getId().startsWith("Gateway_Join"))
        .forEach(node -> assertThat(node.getName()).as(node.getId()).isNotBlank());
  }

  private static InputStream resource(String name) {
    return RiskModelsTest.class.getClassLoader().getResourceAsStream(name);
  }
}
