package org.ssr.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ProgrammeStep;

/** The step map names real elements of the programme model, and every step has some. */
class ProgrammeStepElementsTest {

  private final BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(
      ProgrammeScenario.resource(ProgrammeProcess.RESOURCE).getBytes(StandardCharsets.UTF_8)));

  @Test
  void everyElementOfTheStepMapIsAFlowNodeOfTheModel() {
    for (String id : ProgrammeStepElements.all()) {
      assertThat(model.<FlowNode>getModelElementById(id)).as(id).isInstanceOf(FlowNode.class);
    }
  }

  @Test
  void everyStepHasElements_andEachElementBelongsToOneStep() {
    for (ProgrammeStep step : ProgrammeStep.values()) {
      assertThat(ProgrammeStepElements.of(step)).as("step " + step.number()).isNotEmpty();
      for (String id : ProgrammeStepElements.of(step)) {
        assertThat(ProgrammeStepElements.stepOf(id)).as(id).isEqualTo(step);
      }
    }
    assertThat(ProgrammeStepElements.stepOf("SubProcess_AgencyPolicyFrameworks#multiInstanceBody"))
        .isEqualTo(ProgrammeStep.AGENCY_POLICY_FRAMEWORKS);
  }

  @Test
  void everyUserTaskAndCallActivityOfTheModelBelongsToAStep_exceptScopingAndImplementation() {
    model.getModelElementsByType(FlowNode.class).stream()
        .filter(node -> node.getElementType().getTypeName().equals("userTask")
            || node.getElementType().getTypeName().equals("callActivity"))
        .map(FlowNode::getId)
        .filter(id -> !id.equals(ProgrammeStepElements.SCOPE_PROGRAMME))
        // the years after the plan are a phase of their own (docs/implementation.md), not one of the twelve steps
        .filter(id -> !id.equals(ProgrammeStepElements.IMPLEMENTATION))
        .forEach(id -> assertThat(ProgrammeStepElements.stepOf(id)).as(id).isNotNull());
  }
}
