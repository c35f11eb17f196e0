package org.ssr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * A start form speaks the language of the person who opens it (docs/languages.md): there is no programme yet whose
 * language it could follow, so the request's {@code Accept-Language} (the browser's, which Tasklist follows too) picks
 * the form, as Tasklist's "Start process" dialog asks for it: {@code /startForm}, then {@code /deployed-start-form}.
 * Checked for every process a person starts (a none start event with a Camunda Form): the set-up of a programme, a
 * risk report, a local security report, a change request.
 */
@SsrApplicationTest
class StartFormLanguagesTest {

  @LocalServerPort
  int port;

  @Autowired
  RepositoryService repository;

  private final HttpClient client = HttpClient.newHttpClient();

  @Test
  void everyStartFormComesInTheLanguageOfTheRequestAndInEnglishOtherwise() throws Exception {
    Map<String, String> startForms = startForms();
    assertThat(startForms).as("process key -> start form id")
        .containsEntry("ssr-programme", "programme-setup").containsEntry("risk-report", "risk-report")
        .containsEntry("local-security-report", "local-security-report")
        .containsEntry("programme-change-request", "programme-change-request");

    for (Map.Entry<String, String> start : startForms.entrySet()) {
      String key = start.getKey();
      String name = start.getValue();
      for (String language : Languages.supported()) {
        if (Languages.ENGLISH.equals(language)) {
          continue;
        }
        Map<String, String> words = Messages.file(FormTranslations.bundle(name), language);
        String label = words.entrySet().stream().filter(e -> e.getKey().endsWith(".label")).findFirst()
            .orElseThrow().getValue();
        // as a browser sends it: region, then the language, then others
        JsonNode form = deployedStartForm(key, language + "-XX," + language + ";q=0.9,en;q=0.5");
        assertThat(form.path("id").asText()).as(key + " in " + language).isEqualTo(name + "-" + language);
        assertThat(FormTranslations.strings(form)).as(key + " in " + language).containsValue(label);
        assertThat(startFormRef(key, language)).as("/startForm of " + key + " in " + language)
            .isEqualTo(name + "-" + language);
      }
      String englishLabel = FormTranslations.strings(deployedStartForm(key, "en")).entrySet().stream()
          .filter(e -> e.getKey().endsWith(".label")).findFirst().orElseThrow().getValue();
      for (String english : new String[] {"en", "en-GB,en;q=0.9,fr;q=0.5", "de-DE,de;q=0.9", null}) {
        JsonNode form = deployedStartForm(key, english);
        assertThat(form.path("id").asText()).as(key + " for Accept-Language " + english).isEqualTo(name);
        assertThat(FormTranslations.strings(form)).containsValue(englishLabel);
      }
      assertThat(startFormRef(key, null)).isEqualTo(name);
    }
  }

  @Test
  void theFrenchSetUpFormOffersEveryLanguageAndProposesFrench() throws Exception {
    for (String language : Languages.supported()) {
      JsonNode select = component(deployedStartForm("ssr-programme", language), "programmeLanguage");
      assertThat(select.path("values").findValuesAsText("value")).as("the languages offered, in " + language)
          .isEqualTo(Languages.supported());
      assertThat(select.path("values").findValuesAsText("label")).contains(FormTranslations.ownName(language));
      assertThat(select.path("defaultValue").asText()).as("proposed in the form in " + language).isEqualTo(language);
    }
  }

  @Test
  void aLanguageWhoseFormIsNotDeployedGetsTheFormAsModelled() {
    assertThat(StartFormLanguages.formFor("risk-report", "fr", id -> true)).isEqualTo("risk-report-fr");
    assertThat(StartFormLanguages.formFor("risk-report", "fr", id -> false)).isEqualTo("risk-report");
    assertThat(StartFormLanguages.formFor("risk-report", "en", id -> true)).isEqualTo("risk-report");
    assertThat(StartFormLanguages.formFor("risk-report", "xx", id -> true)).isEqualTo("risk-report");
  }

  /** Process key → the form id its (none) start event names, for the latest version of every definition. */
  private Map<String, String> startForms() {
    Map<String, String> forms = new TreeMap<>();
    for (ProcessDefinition definition : repository.createProcessDefinitionQuery().latestVersion().list()) {
      for (StartEvent start : repository.getBpmnModelInstance(definition.getId())
          .getModelElementsByType(StartEvent.class)) {
        if (start.getCamundaFormRef() != null && start.getEventDefinitions().isEmpty()
            && start.getParentElement() instanceof Process) {
          forms.put(definition.getKey(), start.getCamundaFormRef());
        }
      }
    }
    return forms;
  }

  private JsonNode deployedStartForm(String key, String acceptLanguage) throws Exception {
    HttpResponse<String> response = get("/engine-rest/process-definition/key/" + key + "/deployed-start-form",
        acceptLanguage);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body());
  }

  private String startFormRef(String key, String acceptLanguage) throws Exception {
    HttpResponse<String> response = get("/engine-rest/process-definition/key/" + key + "/startForm", acceptLanguage);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Json.mapper().readTree(response.body()).at("/camundaFormRef/key").asText();
  }

  private static JsonNode component(JsonNode form, String key) {
    List<JsonNode> found = new ArrayList<>();
    collect(form.path("components"), key, found);
    assertThat(found).as("the field " + key).hasSize(1);
    return found.get(0);
  }

  private static void collect(JsonNode components, String key, List<JsonNode> found) {
    for (JsonNode component : components) {
      if (key.equals(component.path("key").asText())) {
        found.add(component);
      }
      collect(component.path("components"), key, found);
    }
  }

  private HttpResponse<String> get(String path, String acceptLanguage) throws Exception {
    String basic = Base64.getEncoder().encodeToString(("admin:" + DemoUsers.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
        .header("Authorization", "Basic " + basic).header("Accept", "application/json");
    if (acceptLanguage != null) {
      request.header("Accept-Language", acceptLanguage);
    }
    return client.send(request.GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
