package org.ssr.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * A person's language on the screens (docs/languages.md): Tasklist, Cockpit, Admin and the profile page in English,
 * French and Portuguese. A missing translation fails here: every label of the webapps' English file exists in ours with
 * the same {{placeholders}}; every key of our own message files (glossary, Cockpit plugins, Tasklist forms) reaches the
 * browser (that each exists in every language is checked for all bundles by engine.MessageFilesTest). Read through HTTP
 * from the running application with a logged-in webapp session, as a browser does.
 */
@SsrApplicationTest
class WebappLanguagesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");
  private static final List<String> TRANSLATED = List.of("fr", "pt");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\w+)\\s*}}");

  @LocalServerPort
  int port;

  Http http;

  @BeforeEach
  void logIn() {
    http = Http.anonymous(port);
    assertThat(http.webappLogin("cockpit", "manager", DemoUsers.PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void everyAppOffersEnglishFrenchAndPortuguese() {
    assertThat(new WebappMessages().languages()).containsExactly("en", "fr", "pt");
    for (String app : APPS) {
      HttpResponse<String> config = http.get("/camunda/app/" + app + "/scripts/config.js");
      assertThat(config.statusCode()).isEqualTo(200);
      assertThat(config.body()).as(app)
          .contains("availableLocales: [\"en\",\"fr\",\"pt\"]", "fallbackLocale: 'en'")
          .doesNotContain(WebappBrandingController.LANGUAGES_TOKEN);
    }
  }

  @Test
  void everyLabelOfTheWebappsIsTranslatedWithItsPlaceholders() throws Exception {
    for (String app : APPS) {
      JsonNode english = stockEnglish(app);
      for (String lang : TRANSLATED) {
        HttpResponse<String> response = http.get("/camunda/app/" + app + "/locales/" + lang + ".json");
        assertThat(response.statusCode()).as(app + " " + lang).isEqualTo(200);
        JsonNode served = JSON.readTree(response.body());
        JsonNode labels = served.get("labels");
        List<String> problems = new ArrayList<>();
        int same = 0;
        for (String key : fieldNames(english.get("labels"))) {
          JsonNode text = labels.get(key);
          String en = english.get("labels").get(key).asText();
          if (text == null || !text.isTextual() || (text.asText().isBlank() && !en.isBlank())) {
            problems.add(key + ": missing");
          } else if (!placeholders(en).equals(placeholders(text.asText()))) {
            problems.add(key + ": placeholders " + placeholders(en) + " became " + placeholders(text.asText()));
          } else if (text.asText().equals(en)) {
            same++;
          }
        }
        assertThat(problems).as(app + " " + lang).isEmpty();
        // a copy of the English file would pass the checks above: most labels must actually differ
        assertThat(same).as(app + " " + lang + " labels left in English")
            .isLessThan(english.get("labels").size() / 5); // names (Cockpit, Tasklist), symbols and cognates stay
        if (english.has("dateLocales")) {
          assertThat(fieldNames(served.get("dateLocales"))).as(app + " " + lang + " dates")
              .isEqualTo(fieldNames(english.get("dateLocales")));
        }
      }
    }
    JsonNode cockpitFr = JSON.readTree(http.get("/camunda/app/cockpit/locales/fr.json").body()).get("labels");
    assertThat(cockpitFr.get("DASHBOARD_RUNNING_PROCESS_INSTANCE").asText()).isEqualTo("Instances de processus en cours");
    JsonNode tasklistPt = JSON.readTree(http.get("/camunda/app/tasklist/locales/pt.json").body()).get("labels");
    assertThat(tasklistPt.get("CLAIM_TASK").asText()).isEqualTo("Reclamar");
  }

  /**
   * That every key of our message files exists in every language with its arguments is engine.MessageFilesTest's,
   * for every bundle (this one's files included); here: their words reach the browser.
   */
  @Test
  void ownMessagesReachTheBrowser() throws Exception {
    for (String file : List.of("glossary", "cockpit", "tasklist")) {
      assertThat(WebappMessages.load(file, "en")).as(file).isNotEmpty();
    }
    // the glossary's words as the webapps' labels (embedded forms) …
    JsonNode tasklistFr = JSON.readTree(http.get("/camunda/app/tasklist/locales/fr.json").body()).get("labels");
    assertThat(tasklistFr.get("SSR_STEP_6").asText()).isEqualTo("Cadre de la politique de sécurité nationale");
    assertThat(tasklistFr.get("SSR_TERM_SSR").asText()).isEqualTo("Réforme du secteur de la sécurité");
    JsonNode adminPt = JSON.readTree(http.get("/camunda/app/admin/locales/pt.json").body()).get("labels");
    assertThat(adminPt.get("SSR_TERM_SSR").asText()).isEqualTo("Reforma do Sector de Segurança");
    // … and as the module our Cockpit plugins import
    HttpResponse<String> module = http.get("/camunda/app/cockpit/ssr/messages.js");
    assertThat(module.statusCode()).isEqualTo(200);
    assertThat(module.headers().firstValue("Content-Type").orElse("")).startsWith("text/javascript");
    String body = module.body();
    JsonNode messages = JSON.readTree(body.substring(body.indexOf("export default ") + 15, body.lastIndexOf(';')));
    assertThat(fieldNames(messages)).containsExactly("en", "fr", "pt");
    assertThat(messages.get("fr").get("dashboard.title").asText()).isEqualTo("Programmes de RSS");
    assertThat(messages.get("pt").get("risk.level.critical").asText()).isEqualTo("crítico");
  }

  private static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = PLACEHOLDER.matcher(text);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static JsonNode stockEnglish(String app) throws Exception {
    try (InputStream in = WebappLanguagesTest.class.getClassLoader()
        .getResourceAsStream("META-INF/resources/webjars/camunda/app/" + app + "/locales/en.json")) {
      return JSON.readTree(in);
    }
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
