package org.ssr.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOutputParameter;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ssr.workflow.engine.FormTranslations;

/**
 * No Camunda Form field whose value is an object (checklist, tag list, dynamic list) can meet a variable of type
 * {@code Null} with its name in its task's scope. Tasklist 7.24 types such a value after the form variable of the same
 * name (see {@link org.ssr.workflow.support.TasklistFormSubmission}); a Null one makes it send type {@code Null} and
 * the engine refuses the whole form ("Cannot convert value '[...]' of type 'Null'").
 *
 * <p>Sources found in the models: a value-less {@code camunda:inputParameter} on the step or an enclosing
 * subprocess (a Null local), a value-less {@code camunda:outputParameter} anywhere in the process, a
 * {@code camunda:out} into the process or a {@code camunda:in} into it from a caller (null when the source variable
 * is missing), and a field of another form of the process with the same name whose value is not an object (left
 * empty, a number, date, radio or select submits {@code null}). Java code that sets such a variable to null is caught
 * when {@link EveryFormAsTasklistSubmitsItTest} submits the form.
 */
class NullTypedFormVariablesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> OBJECT_FIELDS = Set.of("checklist", "taglist", "dynamiclist");
  private static final Set<String> NOT_FIELDS = Set.of("text", "spacer", "separator", "image", "button", "html",
      "group", "iframe", "table");

  @Test
  void noObjectValuedFormFieldOfAnyModelCanMeetANullTypedVariable() {
    Path bpmn = FormsDeployedTest.classpathDirectory("bpmn");
    List<BpmnModelInstance> models = FormsDeployedTest.files(bpmn, ".bpmn").stream()
        .map(file -> Bpmn.readModelFromFile(file.toFile())).toList();
    assertThat(models).isNotEmpty();
    assertThat(problems(models, FormsDeployedTest.classpathDirectory("forms"))).isEmpty();
  }

  @Test
  void theCheckFindsEverySourceOfANullTypedVariable(@TempDir Path forms) throws IOException {
    Files.writeString(forms.resolve("session.form"), "{\"id\": \"session\", \"components\": ["
        + "{\"type\": \"checklist\", \"key\": \"segments\"}, {\"type\": \"taglist\", \"key\": \"tags\"},"
        + "{\"type\": \"dynamiclist\", \"path\": \"actions\", \"components\": [{\"type\": \"textfield\", \"key\": \"id\"}]},"
        + "{\"type\": \"checklist\", \"key\": \"fine\"}, {\"type\": \"textarea\", \"key\": \"note\"}]}");
    Files.writeString(forms.resolve("other.form"), "{\"id\": \"other\", \"components\": ["
        + "{\"type\": \"select\", \"key\": \"tags\"}]}");
    BpmnModelInstance model = model("""
        <process id="p" isExecutable="true">
          <subProcess id="SubProcess_Region">
            <extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="segments" />
            </camunda:inputOutput></extensionElements>
            <userTask id="UserTask_Session" camunda:formRef="session" camunda:formRefBinding="deployment">
              <extensionElements><camunda:inputOutput>
                <camunda:inputParameter name="note" />
                <camunda:inputParameter name="fine">${S("[]")}</camunda:inputParameter>
              </camunda:inputOutput></extensionElements>
            </userTask>
            <userTask id="UserTask_Other" camunda:formRef="other" camunda:formRefBinding="deployment" />
          </subProcess>
          <callActivity id="CallActivity_Child" calledElement="child">
            <extensionElements>
              <camunda:out source="childActions" target="actions" />
              <camunda:inputOutput><camunda:outputParameter name="actions" /></camunda:inputOutput>
            </extensionElements>
          </callActivity>
        </process>""");
    BpmnModelInstance caller = model("""
        <process id="parent" isExecutable="true">
          <callActivity id="CallActivity_P" calledElement="p">
            <extensionElements><camunda:in source="missing" target="segments" /></extensionElements>
          </callActivity>
        </process>""");

    assertThat(problems(List.of(model, caller), forms)).containsExactlyInAnyOrder(
        "p/UserTask_Session: field 'segments' (checklist) meets a Null variable: value-less input parameter "
            + "'segments' of SubProcess_Region",
        "p/UserTask_Session: field 'segments' (checklist) meets a Null variable: camunda:in from parent/"
            + "CallActivity_P (null when the caller has no 'missing')",
        "p/UserTask_Session: field 'actions' (dynamiclist) meets a Null variable: value-less output parameter "
            + "'actions' of CallActivity_Child",
        "p/UserTask_Session: field 'actions' (dynamiclist) meets a Null variable: camunda:out of CallActivity_Child "
            + "(null when the called process has no 'childActions')",
        "p/UserTask_Session: field 'tags' (taglist) meets a Null variable: field 'tags' (select) of form other "
            + "(p/UserTask_Other) submits null when left empty");
  }

  // ---------------------------------------------------------------- the check

  static List<String> problems(List<BpmnModelInstance> models, Path formsDir) {
    Map<String, JsonNode> forms = new HashMap<>();
    for (Path file : FormsDeployedTest.files(formsDir, ".form")) {
      JsonNode form = read(file);
      forms.put(form.path("id").asText(), form);
    }
    List<String> problems = new ArrayList<>();
    for (BpmnModelInstance model : models) {
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.isExecutable()) {
          checkProcess(process, models, forms, problems);
        }
      }
    }
    return problems;
  }

  private static void checkProcess(Process process, List<BpmnModelInstance> models, Map<String, JsonNode> forms,
      List<String> problems) {
    Map<FlowNode, Map<String, String>> fieldsByStep = new LinkedHashMap<>();
    for (FlowNode step : process.getModelInstance().getModelElementsByType(FlowNode.class)) {
      String formRef = step instanceof UserTask task ? task.getCamundaFormRef()
          : step instanceof StartEvent start ? start.getCamundaFormRef() : null;
      formRef = formRef == null ? null : FormTranslations.sourceFormId(formRef);
      if (formRef != null && forms.containsKey(formRef) && inProcess(step, process)) {
        Map<String, String> fields = new LinkedHashMap<>();
        collectFields(forms.get(formRef).path("components"), fields);
        fieldsByStep.put(step, fields);
      }
    }
    fieldsByStep.forEach((step, fields) -> fields.forEach((name, type) -> {
      if (!OBJECT_FIELDS.contains(type)) {
        return;
      }
      String where = process.getId() + "/" + step.getId() + ": field '" + name + "' (" + type
          + ") meets a Null variable: ";
      for (CamundaInputParameter input : process.getModelInstance()
          .getModelElementsByType(CamundaInputParameter.class)) {
        FlowNode owner = owner(input);
        if (owner != null && encloses(owner, step) && name.equals(input.getCamundaName()) && isValueless(input)) {
          problems.add(where + "value-less input parameter '" + name + "' of " + owner.getId());
        }
      }
      for (CamundaOutputParameter output : process.getModelInstance()
          .getModelElementsByType(CamundaOutputParameter.class)) {
        FlowNode owner = owner(output);
        if (owner != null && inProcess(owner, process) && name.equals(output.getCamundaName())
            && isValueless(output)) {
          problems.add(where + "value-less output parameter '" + name + "' of " + owner.getId());
        }
      }
      for (CamundaOut out : process.getModelInstance().getModelElementsByType(CamundaOut.class)) {
        FlowNode owner = owner(out);
        if (owner != null && inProcess(owner, process) && name.equals(out.getCamundaTarget())) {
          problems.add(where + "camunda:out of " + owner.getId() + " (null when the called process has no '"
              + out.getCamundaSource() + "')");
        }
      }
      for (BpmnModelInstance caller : models) {
        for (CallActivity call : caller.getModelElementsByType(CallActivity.class)) {
          if (!process.getId().equals(call.getCalledElement())) {
            continue;
          }
          for (CamundaIn in : caller.getModelElementsByType(CamundaIn.class)) {
            if (owner(in) == call && name.equals(in.getCamundaTarget()) && in.getCamundaSource() != null) {
              problems.add(where + "camunda:in from " + processOf(call).getId() + "/" + call.getId()
                  + " (null when the caller has no '" + in.getCamundaSource() + "')");
            }
          }
        }
      }
      fieldsByStep.forEach((other, otherFields) -> {
        String otherType = otherFields.get(name);
        if (otherType != null && !OBJECT_FIELDS.contains(otherType) && !otherType.startsWith("text")) {
          String formRef = FormTranslations.sourceFormId(other instanceof UserTask task ? task.getCamundaFormRef()
              : ((StartEvent) other).getCamundaFormRef());
          problems.add(where + "field '" + name + "' (" + otherType + ") of form " + formRef + " ("
              + process.getId() + "/" + other.getId() + ") submits null when left empty");
        }
      });
    }));
  }

  /** Top-level submitted names and their field types (a dynamic list by its path). */
  private static void collectFields(JsonNode components, Map<String, String> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.hasNonNull("path")) {
        fields.put(component.get("path").asText(), type);
      } else if (component.hasNonNull("key") && !NOT_FIELDS.contains(type)) {
        fields.put(component.get("key").asText(), type);
      } else {
        collectFields(component.path("components"), fields);
      }
    }
  }

  private static boolean isValueless(ModelElementInstance parameter) {
    String text = parameter.getTextContent().trim();
    return parameter.getDomElement().getChildElements().isEmpty()
        && (text.isEmpty() || text.replace(" ", "").equals("${null}"));
  }

  /** The flow node whose extension elements hold the element. */
  private static FlowNode owner(ModelElementInstance element) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null;
        parent = parent.getParentElement()) {
      if (parent instanceof FlowNode node) {
        return node;
      }
    }
    return null;
  }

  private static Process processOf(ModelElementInstance element) {
    for (ModelElementInstance parent = element.getParentElement(); parent != null;
        parent = parent.getParentElement()) {
      if (parent instanceof Process process) {
        return process;
      }
    }
    throw new IllegalStateException("no process around " + element);
  }

  /** Whether the scope is the step itself or a subprocess around it. */
  private static boolean encloses(FlowNode scope, FlowNode step) {
    for (ModelElementInstance element = step; element != null; element = element.getParentElement()) {
      if (element == scope) {
        return true;
      }
    }
    return false;
  }

  private static boolean inProcess(ModelElementInstance element, Process process) {
    return processOf(element) == process;
  }

  private static BpmnModelInstance model(String process) {
    String xml = "<definitions xmlns=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" "
        + "xmlns:camunda=\"http://camunda.org/schema/1.0/bpmn\" targetNamespace=\"test\">" + process
        + "</definitions>";
    return Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  // ---------------------------------------------------------------- files

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + file, e);
    }
  }
}
