package org.ssr.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputOutput;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaInputParameter;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.ssr.workflow.engine.FormTranslations;

/**
 * Every user task and every start event a person triggers, in every model under bpmn/, has a form that is deployed,
 * and the form supplies the variables its task listeners and the next steps read.
 *
 * <ul>
 *   <li>Camunda Forms: {@code camunda:formRef} with binding {@code deployment} naming the {@code "id"} of exactly one
 *       forms/*.form (schemaVersion 16, Camunda Platform 7.24.0), or {@code camunda-forms:deployment:X.form} with
 *       forms/X.form present. A user task's formRef is {@code ${forms.ref('<id>', execution)}} (the programme's
 *       language); a start event's is the plain id: the engine does not evaluate it, and the language is chosen when
 *       the form is asked for, the person's ({@code engine.StartFormLanguages}).
 *   <li>Embedded forms: {@code embedded:deployment:X.html} with forms/X.html present (Spring Boot deploys resources by
 *       file name, so the key carries no folder).
 *   <li>Variables: each process catalogue (a class under org.ssr.workflow with {@code KEY} = the process id) declares
 *       {@code public static final Map<String, Set<String>> FORM_VARIABLES}: element id -&gt; the variables its form
 *       must supply. Every form-bearing element needs an entry (an empty set if the form submits nothing the process
 *       reads), and each variable must be a field key of the Camunda Form, or a {@code cam-variable-name} /
 *       {@code createVariable({ name: 'x' })} of the embedded form. An embedded form for several documents
 *       (forms/document-upload.html) lists them in {@code var KINDS = { kind: { title: 'x', summary: 'y', document: 'z',
 *       … } }}; a step picks one with its input parameter {@code documentKind} and supplies that kind's title, summary
 *       and document.
 * </ul>
 *
 * Start events need no form when nobody starts the process by hand: processes only called by a call activity of
 * another model, and message, timer, signal or conditional start events (and event subprocess starts).
 */
class FormsDeployedTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String EMBEDDED_PREFIX = "embedded:deployment:";
  private static final String CAMUNDA_FORMS_PREFIX = "camunda-forms:deployment:";
  private static final Pattern CAM_VARIABLE_NAME = Pattern.compile("cam-variable-name\\s*=\\s*[\"']([^\"']+)[\"']");
  private static final Pattern CREATE_VARIABLE =
      Pattern.compile("createVariable\\(\\s*\\{\\s*name\\s*:\\s*[\"']([^\"']+)[\"']");
  private static final String DOCUMENT_KIND = "documentKind";
  private static final Pattern KINDS = Pattern.compile("var KINDS = \\{(.*?)\\n\\s*\\};", Pattern.DOTALL);
  private static final Pattern KIND = Pattern.compile("(\\w+): \\{([^}]*)\\}");
  private static final Pattern KIND_VARIABLE = Pattern.compile("\\b(?:title|summary|document): '([^']+)'");

  private static final Path BPMN_DIR = classpathDirectory("bpmn");
  private static final Path FORMS_DIR = classpathDirectory("forms");

  @TestFactory
  Stream<DynamicTest> everyHumanStepOfEveryModelHasADeployedFormSupplyingWhatTheProcessReads() {
    List<Path> models = files(BPMN_DIR, ".bpmn");
    assertThat(models).as("models under bpmn/").isNotEmpty();
    FormCheck check = new FormCheck(FORMS_DIR, calledProcesses(models), formVariableCatalogues());
    return models.stream().map(model -> DynamicTest.dynamicTest(BPMN_DIR.relativize(model).toString(), () ->
        assertThat(check.problems(Bpmn.readModelFromFile(model.toFile())))
            .as("form problems in " + model.getFileName()).isEmpty()));
  }

  @Test
  void camundaFormsAreForTasklist7_24_withUniqueIds() {
    Map<String, List<String>> filesById = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files(FORMS_DIR, ".form")) {
      JsonNode form = readJson(file);
      String id = form.path("id").asText("");
      filesById.computeIfAbsent(id, k -> new ArrayList<>()).add(file.getFileName().toString());
      if (id.isBlank()) {
        problems.add(file.getFileName() + ": no \"id\"");
      }
      if (form.path("schemaVersion").asInt() != 16) {
        problems.add(file.getFileName() + ": schemaVersion " + form.path("schemaVersion") + ", expected 16");
      }
      if (!"Camunda Platform".equals(form.path("executionPlatform").asText())
          || !"7.24.0".equals(form.path("executionPlatformVersion").asText())) {
        problems.add(file.getFileName() + ": executionPlatform must be Camunda Platform 7.24.0");
      }
      if (form.path("components").isEmpty()) {
        problems.add(file.getFileName() + ": no components");
      }
    }
    filesById.forEach((id, files) -> {
      if (files.size() > 1) {
        problems.add("form id '" + id + "' is declared by " + files + ": formRef would be ambiguous");
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void theCheckFindsTheFormProblemsAUserWouldHit(@TempDir Path forms) throws IOException {
    String note = "${forms.ref('note', execution)}";
    Files.writeString(forms.resolve("note.form"), "{\"id\": \"note\", \"schemaVersion\": 16, \"components\": ["
        + "{\"type\": \"group\", \"components\": [{\"type\": \"textarea\", \"key\": \"note\"}]}]}");
    Files.writeString(forms.resolve("upload.html"), "<form><input type=\"file\" cam-variable-name=\"document\" "
        + "cam-variable-type=\"File\"><script cam-script>camForm.variableManager.createVariable({ name: 'verdict' "
        + "});</script></form>");
    Files.writeString(forms.resolve("documents.html"), "<form><script cam-script>\n    var KINDS = {\n"
        + "      plan: { heading: 'Plan', title: 'planTitle', summary: 'planSummary', document: 'planFile' },\n"
        + "      charter: { title: 'charterTitle', summary: 'charterSummary', document: 'charter' }\n"
        + "    };\n</script></form>");
    BpmnModelInstance model = Bpmn.createExecutableProcess("p").startEvent("StartEvent_WithoutForm")
        .userTask("UserTask_Good").camundaFormRef(note).camundaFormRefBinding("deployment")
        .userTask("UserTask_MissingVariable").camundaFormRef(note).camundaFormRefBinding("deployment")
        .userTask("UserTask_UnknownForm").camundaFormRef("${forms.ref('nope', execution)}")
        .camundaFormRefBinding("deployment")
        .userTask("UserTask_LatestBinding").camundaFormRef(note).camundaFormRefBinding("latest")
        .userTask("UserTask_PlainFormRef").camundaFormRef("note").camundaFormRefBinding("deployment")
        .userTask("UserTask_Upload").camundaFormKey("embedded:deployment:upload.html")
        .userTask("UserTask_FolderInKey").camundaFormKey("embedded:deployment:forms/upload.html")
        .userTask("UserTask_AppForm").camundaFormKey("embedded:app:forms/x.html")
        .userTask("UserTask_WithoutForm")
        .userTask("UserTask_NotInCatalogue").camundaFormRef(note).camundaFormRefBinding("deployment")
        .userTask("UserTask_Plan").camundaFormKey("embedded:deployment:documents.html")
        .camundaInputParameter(DOCUMENT_KIND, "plan")
        .userTask("UserTask_CharterWithoutItsFile").camundaFormKey("embedded:deployment:documents.html")
        .camundaInputParameter(DOCUMENT_KIND, "charter")
        .userTask("UserTask_UnknownKind").camundaFormKey("embedded:deployment:documents.html")
        .camundaInputParameter(DOCUMENT_KIND, "budget")
        .userTask("UserTask_NoKind").camundaFormKey("embedded:deployment:documents.html")
        .endEvent().done();
    Map<String, Set<String>> expected = new HashMap<>(Map.of(
        "UserTask_Good", Set.of("note"),
        "UserTask_MissingVariable", Set.of("note", "approved"),
        "UserTask_LatestBinding", Set.of(),
        "UserTask_Upload", Set.of("document", "verdict"),
        "UserTask_Plan", Set.of("planTitle", "planSummary", "planFile"),
        "UserTask_CharterWithoutItsFile", Set.of("charterTitle", "planFile"),
        "UserTask_UnknownKind", Set.of(),
        "UserTask_NoKind", Set.of(),
        "StartEvent_WithoutForm", Set.of(),
        "UserTask_Gone", Set.of()));
    expected.put("UserTask_PlainFormRef", Set.of());

    List<String> problems = new FormCheck(forms, Set.of(), Map.of("p", expected)).problems(model);

    assertThat(problems).containsExactlyInAnyOrder(
        "p/UserTask_MissingVariable: form note.form does not supply [approved] (it has [note])",
        "p/UserTask_UnknownForm: formRef 'nope' is the id of no forms/*.form",
        "p/UserTask_LatestBinding: camunda:formRefBinding must be \"deployment\", not latest",
        "p/UserTask_PlainFormRef: camunda:formRef must be ${forms.ref('note', execution)} (the form in the "
            + "programme's language), not note",
        "p/UserTask_FolderInKey: embedded:deployment:forms/upload.html is not a forms/*.html file deployed by its "
            + "file name",
        "p/UserTask_AppForm: form key 'embedded:app:forms/x.html' is not deployed with the models (use "
            + "camunda:formRef with binding deployment, or embedded:deployment:<file>.html)",
        "p/UserTask_WithoutForm: has no form (camunda:formRef or camunda:formKey)",
        "p/UserTask_NotInCatalogue: FORM_VARIABLES has no entry (list the variables its form must supply, or an "
            + "empty set)",
        "p/StartEvent_WithoutForm: has no form (camunda:formRef or camunda:formKey)",
        "p/UserTask_CharterWithoutItsFile: form documents.html (charter) does not supply [planFile] (it has "
            + "[charter, charterSummary, charterTitle])",
        "p/UserTask_UnknownKind: documents.html uploads one of the documents [charter, plan]: name it with the input "
            + "parameter documentKind (now budget)",
        "p/UserTask_NoKind: documents.html uploads one of the documents [charter, plan]: name it with the input "
            + "parameter documentKind (now null)",
        "p: FORM_VARIABLES names elements that are no form-bearing step of the model: [UserTask_Gone]");

    // a process that only a call activity starts needs no start form; one without catalogue is reported
    assertThat(new FormCheck(forms, Set.of("p"), Map.of()).problems(model))
        .noneMatch(problem -> problem.contains("StartEvent_WithoutForm"))
        .anyMatch(problem -> problem.startsWith("p: no catalogue declares FORM_VARIABLES")
            && problem.endsWith("its forms supply now: [UserTask_Good [note], UserTask_MissingVariable [note], "
            + "UserTask_LatestBinding [note], UserTask_PlainFormRef [note], UserTask_Upload [document, verdict], UserTask_NotInCatalogue [note], "
            + "UserTask_Plan [planFile, planSummary, planTitle], UserTask_CharterWithoutItsFile [charter, "
            + "charterSummary, charterTitle]]"));
  }

  // --- one process

  /** The checks of one model against the forms in a directory and the catalogues' FORM_VARIABLES. */
  static final class FormCheck {
    private final Path formsDir;
    private final Map<String, FormFile> forms;
    private final Set<String> calledProcesses;
    private final Map<String, Map<String, Set<String>>> catalogues;

    FormCheck(Path formsDir, Set<String> calledProcesses, Map<String, Map<String, Set<String>>> catalogues) {
      this.formsDir = formsDir;
      this.forms = camundaForms(formsDir);
      this.calledProcesses = calledProcesses;
      this.catalogues = catalogues;
    }

    List<String> problems(BpmnModelInstance model) {
      List<String> problems = new ArrayList<>();
      for (Process process : model.getModelElementsByType(Process.class)) {
        if (process.isExecutable()) {
          checkProcess(process, problems);
        }
      }
      return problems;
    }

    private void checkProcess(Process process, List<String> problems) {
      String processId = process.getId();
      Map<String, Set<String>> expected = catalogues.get(processId);
      List<FlowNode> humanSteps = new ArrayList<>();
      for (UserTask task : process.getChildElementsByType(UserTask.class)) {
        humanSteps.add(task);
      }
      humanSteps.addAll(nestedUserTasks(process));
      for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
        boolean startedByAPerson = start.getEventDefinitions().isEmpty() && !calledProcesses.contains(processId);
        if (startedByAPerson) {
          humanSteps.add(start);
        }
      }
      List<String> formsNow = new ArrayList<>();
      for (FlowNode step : humanSteps) {
        String where = processId + "/" + step.getId();
        FormFields fields = formOf(step, where, problems);
        if (fields != null) {
          formsNow.add(step.getId() + " " + new TreeSet<>(fields.variables()));
        }
        if (fields == null || expected == null) {
          continue;
        }
        Set<String> needed = expected.get(step.getId());
        if (needed == null) {
          problems.add(where
              + ": FORM_VARIABLES has no entry (list the variables its form must supply, or an empty set)");
          continue;
        }
        Set<String> missing = new TreeSet<>(needed);
        missing.removeAll(fields.variables());
        if (!missing.isEmpty()) {
          problems.add(where + ": form " + fields.source() + " does not supply " + missing + " (it has "
              + new TreeSet<>(fields.variables()) + ")");
        }
      }
      if (expected == null && !humanSteps.isEmpty()) {
        problems.add(processId + ": no catalogue declares FORM_VARIABLES (a class under org.ssr.workflow with KEY = "
            + "\"" + processId + "\" and public static final Map<String, Set<String>> FORM_VARIABLES); "
            + "its forms supply now: " + formsNow);
      }
      if (expected != null) {
        Set<String> stepIds = new TreeSet<>();
        humanSteps.forEach(step -> stepIds.add(step.getId()));
        Set<String> stale = new TreeSet<>(expected.keySet());
        stale.removeAll(stepIds);
        if (!stale.isEmpty()) {
          problems.add(
              processId + ": FORM_VARIABLES names elements that are no form-bearing step of the model: " + stale);
        }
      }
    }

    /** User tasks inside subprocesses (including event subprocesses), at any depth. */
    private static List<UserTask> nestedUserTasks(Process process) {
      List<UserTask> nested = new ArrayList<>(process.getModelInstance().getModelElementsByType(UserTask.class));
      nested.removeIf(task -> task.getParentElement() == process || !belongsTo(task, process));
      return nested;
    }

    private static boolean belongsTo(FlowNode node, Process process) {
      for (var parent = node.getParentElement(); parent != null; parent = parent.getParentElement()) {
        if (parent == process) {
          return true;
        }
      }
      return false;
    }

    /** The form of a step, or null (with a problem) if it has none that is deployed. */
    private FormFields formOf(FlowNode step, String where, List<String> problems) {
      String formKey =
          step instanceof UserTask task ? task.getCamundaFormKey() : ((StartEvent) step).getCamundaFormKey();
      String formRef =
          step instanceof UserTask task ? task.getCamundaFormRef() : ((StartEvent) step).getCamundaFormRef();
      String binding = step instanceof UserTask task
          ? task.getCamundaFormRefBinding() : ((StartEvent) step).getCamundaFormRefBinding();
      if (formRef != null && formKey != null) {
        problems.add(where + ": has both camunda:formKey and camunda:formRef");
        return null;
      }
      if (formRef != null) {
        if (!"deployment".equals(binding)) {
          problems.add(where + ": camunda:formRefBinding must be \"deployment\", not " + binding);
        }
        boolean expression = FormTranslations.REF_EXPRESSION.matcher(formRef).matches();
        if (step instanceof UserTask && !expression) {
          problems.add(where + ": camunda:formRef must be " + FormTranslations.refExpression(
              FormTranslations.sourceFormId(formRef)) + " (the form in the programme's language), not " + formRef);
        }
        if (step instanceof StartEvent && expression) {
          problems.add(where + ": a start form's camunda:formRef is the form id itself (the engine does not evaluate "
              + "it; engine.StartFormLanguages shows the form in the language of the person who opens it), not "
              + formRef);
        }
        formRef = FormTranslations.sourceFormId(formRef);
        FormFile form = forms.get(formRef);
        if (form == null) {
          problems.add(where + ": formRef '" + formRef + "' is the id of no forms/*.form");
          return null;
        }
        return new FormFields(form.file(), form.fieldKeys());
      }
      if (formKey == null || formKey.isBlank()) {
        problems.add(where + ": has no form (camunda:formRef or camunda:formKey)");
        return null;
      }
      if (formKey.startsWith(EMBEDDED_PREFIX)) {
        String name = formKey.substring(EMBEDDED_PREFIX.length());
        Path file = formsDir.resolve(name);
        if (name.contains("/") || !name.endsWith(".html") || !Files.isRegularFile(file)) {
          problems.add(where + ": " + formKey + " is not a forms/*.html file deployed by its file name");
          return null;
        }
        Map<String, Set<String>> kinds = documentKinds(file);
        if (kinds.isEmpty()) {
          return new FormFields(name, embeddedFormVariables(file));
        }
        String kind = inputParameter(step, DOCUMENT_KIND);
        if (kind == null || !kinds.containsKey(kind)) {
          problems.add(where + ": " + name + " uploads one of the documents " + kinds.keySet() + ": name it with the "
              + "input parameter " + DOCUMENT_KIND + " (now " + kind + ")");
          return null;
        }
        return new FormFields(name + " (" + kind + ")", kinds.get(kind));
      }
      if (formKey.startsWith(CAMUNDA_FORMS_PREFIX)) {
        String name = formKey.substring(CAMUNDA_FORMS_PREFIX.length());
        Path file = formsDir.resolve(name);
        if (name.contains("/") || !Files.isRegularFile(file)) {
          problems.add(where + ": " + formKey + " is not a forms/*.form file deployed by its file name");
          return null;
        }
        return new FormFields(name, fieldKeys(readJson(file)));
      }
      problems.add(where + ": form key '" + formKey + "' is not deployed with the models (use camunda:formRef with "
          + "binding deployment, or " + EMBEDDED_PREFIX + "<file>.html)");
      return null;
    }
  }

  // --- forms

  private record FormFile(String file, Set<String> fieldKeys) {}

  private record FormFields(String source, Set<String> variables) {}

  private static Map<String, FormFile> camundaForms(Path formsDir) {
    Map<String, FormFile> forms = new HashMap<>();
    for (Path file : files(formsDir, ".form")) {
      JsonNode form = readJson(file);
      forms.put(form.path("id").asText(), new FormFile(file.getFileName().toString(), fieldKeys(form)));
    }
    return forms;
  }

  /** Top-level variables a form submits: keys at any depth, except inside a group or dynamic list with a path. */
  private static Set<String> fieldKeys(JsonNode form) {
    Set<String> keys = new LinkedHashSet<>();
    collectKeys(form.path("components"), keys);
    return keys;
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.hasNonNull("key")) {
        keys.add(component.get("key").asText());
      }
      if (component.hasNonNull("path")) {
        // a dynamic list or a group with a path submits its children inside one variable named by the path
        keys.add(component.get("path").asText());
      } else {
        collectKeys(component.path("components"), keys);
      }
    }
  }

  private static Set<String> embeddedFormVariables(Path file) {
    String html = read(file);
    Set<String> variables = new LinkedHashSet<>();
    for (Pattern pattern : List.of(CAM_VARIABLE_NAME, CREATE_VARIABLE)) {
      Matcher matcher = pattern.matcher(html);
      while (matcher.find()) {
        variables.add(matcher.group(1));
      }
    }
    return variables;
  }

  /** The kinds of document a multi-document form knows, with the variables each submits; empty for other forms. */
  private static Map<String, Set<String>> documentKinds(Path file) {
    Map<String, Set<String>> kinds = new TreeMap<>();
    Matcher table = KINDS.matcher(read(file));
    if (table.find()) {
      Matcher kind = KIND.matcher(table.group(1));
      while (kind.find()) {
        Set<String> variables = new LinkedHashSet<>();
        Matcher variable = KIND_VARIABLE.matcher(kind.group(2));
        while (variable.find()) {
          variables.add(variable.group(1));
        }
        kinds.put(kind.group(1), variables);
      }
    }
    return kinds;
  }

  private static String inputParameter(FlowNode step, String name) {
    if (step.getExtensionElements() == null) {
      return null;
    }
    for (CamundaInputOutput io : step.getExtensionElements().getChildElementsByType(CamundaInputOutput.class)) {
      for (CamundaInputParameter parameter : io.getCamundaInputParameters()) {
        if (name.equals(parameter.getCamundaName())) {
          return parameter.getTextContent().trim();
        }
      }
    }
    return null;
  }

  // --- catalogues

  /** FORM_VARIABLES of every catalogue under org.ssr.workflow, by the process id in its KEY. */
  private static Map<String, Map<String, Set<String>>> formVariableCatalogues() {
    ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
      @Override
      protected boolean isCandidateComponent(
          org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
        return definition.getMetadata().isIndependent();
      }
    };
    scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile(".*")));
    Map<String, Map<String, Set<String>>> catalogues = new HashMap<>();
    for (BeanDefinition definition : scanner.findCandidateComponents("org.ssr.workflow")) {
      Class<?> type;
      try {
        type = Class.forName(definition.getBeanClassName(), false, FormsDeployedTest.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        continue;
      }
      Object key = constant(type, "KEY");
      Object formVariables = constant(type, "FORM_VARIABLES");
      if (key instanceof String processId && formVariables instanceof Map<?, ?> map) {
        Map<String, Set<String>> expected = new HashMap<>();
        map.forEach((element, variables) -> {
          Set<String> names = new LinkedHashSet<>();
          ((Collection<?>) variables).forEach(variable -> names.add(String.valueOf(variable)));
          expected.put(String.valueOf(element), names);
        });
        catalogues.put(processId, expected);
      }
    }
    return catalogues;
  }

  private static Object constant(Class<?> type, String name) {
    try {
      Field field = type.getField(name);
      return Modifier.isStatic(field.getModifiers()) ? field.get(null) : null;
    } catch (NoSuchFieldException | IllegalAccessException | LinkageError e) {
      return null;
    }
  }

  // --- models

  /** Process ids that some model calls with a call activity (their start event needs no form). */
  private static Set<String> calledProcesses(List<Path> models) {
    Set<String> called = new TreeSet<>();
    for (Path model : models) {
      for (CallActivity call : Bpmn.readModelFromFile(model.toFile()).getModelElementsByType(CallActivity.class)) {
        if (call.getCalledElement() != null) {
          called.add(call.getCalledElement());
        }
      }
    }
    return called;
  }

  // --- files

  /** A folder of the test classpath (bpmn/, forms/), as the models and forms are deployed from it. */
  static Path classpathDirectory(String name) {
    URL url = FormsDeployedTest.class.getClassLoader().getResource(name);
    if (url == null) {
      throw new IllegalStateException("No " + name + "/ on the classpath");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<Path> files(Path directory, String suffix) {
    try (Stream<Path> files = Files.walk(directory)) {
      return files.filter(file -> file.getFileName().toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonNode readJson(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("Not JSON: " + file, e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
