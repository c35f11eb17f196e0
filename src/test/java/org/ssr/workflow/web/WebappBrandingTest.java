package org.ssr.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Tasklist, Cockpit, Admin and the profile page are branded as this installation through their documented
 * customisation: config.js (app vendor and name, Cockpit's plugins), locales (the banner that urged a migration to
 * Camunda 8 shows the installation's name) and the user stylesheet, served before and after login.
 */
@SsrApplicationTest
class WebappBrandingTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> APPS = List.of("tasklist", "cockpit", "admin", "welcome");

  @LocalServerPort
  int port;

  @Test
  void everyAppsConfigNamesThisInstallationBeforeAndAfterLogin() throws Exception {
    Http admin = Http.anonymous(port);
    assertThat(admin.webappLogin("admin", "admin", DemoUsers.PASSWORD).statusCode()).isEqualTo(200);
    for (Http http : List.of(Http.anonymous(port), admin)) {
      for (String app : APPS) {
        HttpResponse<String> config = http.get("/camunda/app/" + app + "/scripts/config.js?bust=1");
        assertThat(config.statusCode()).as(app + " config.js").isEqualTo(200);
        assertThat(config.headers().firstValue("Content-Type").orElse(""))
            .as("a module script needs a JavaScript type").startsWith("text/javascript");
        assertThat(config.body()).as(app)
            .contains("vendor: \"" + InstallationProperties.DEFAULT_NAME + "\"")
            .doesNotContain(WebappBrandingController.NAME_TOKEN)
            .contains("disableWelcomeMessage: true");
      }
    }
    assertThat(Http.anonymous(port).get("/camunda/app/cockpit/scripts/config.js").body())
        .as("Cockpit keeps our plugins").contains("'ssr/dashboard'", "'ssr/programme-tab'", "'ssr/programmes-tab'");
    assertThat(Http.anonymous(port).get("/camunda/app/tasklist/scripts/config.js").body())
        .as("Tasklist keeps its keyboard shortcuts").contains("claimTask", "startProcess");
  }

  @Test
  void theBannerShowsTheInstallationInsteadOfCamunda8() throws Exception {
    for (String app : APPS) {
      for (String lang : List.of("en", "de")) {
        HttpResponse<String> locale = Http.anonymous(port).get("/camunda/app/" + app + "/locales/" + lang + ".json");
        assertThat(locale.statusCode()).as(app + " " + lang).isEqualTo(200);
        JsonNode labels = JSON.readTree(locale.body()).get("labels");
        assertThat(labels.get(WebappBrandingController.BANNER_LABEL).asText()).as(app + " " + lang + " banner")
            .isEqualTo(InstallationProperties.DEFAULT_NAME);
        assertThat(labels.get("APP_VENDOR").asText()).isEqualTo(InstallationProperties.DEFAULT_NAME);
        assertThat(locale.body()).as(app + " " + lang).doesNotContain("Camunda 8");
        // every stock label is still there, and the only others are our own words (SSR_…, WebappMessages)
        Set<String> served = fieldNames(labels);
        assertThat(served).as(app + " " + lang + " labels").containsAll(fieldNames(stock(app, lang)));
        served.removeAll(fieldNames(stock(app, lang)));
        assertThat(served).as(app + " " + lang + " added labels").isNotEmpty().allMatch(key -> key.startsWith("SSR_"));
      }
    }
    assertThat(Http.anonymous(port).get("/camunda/app/tasklist/locales/xx.json").statusCode()).isEqualTo(404);
  }

  @Test
  void userStylesReplaceTheRedBannerAndTheLogo() {
    for (String app : APPS) {
      HttpResponse<String> styles = Http.anonymous(port).get("/camunda/app/" + app + "/styles/user-styles.css");
      assertThat(styles.statusCode()).as(app).isEqualTo(200);
      assertThat(styles.body()).as(app).contains("ssr-brand/brand.css");
    }
    HttpResponse<String> brand = Http.anonymous(port).get("/camunda/app/ssr-brand/brand.css");
    assertThat(brand.statusCode()).isEqualTo(200);
    assertThat(brand.body()).contains(".ce-eol-banner", ".brand-logo");
  }

  @Test
  void theWebappsKeepTheirNonceBasedContentSecurityPolicy() {
    HttpResponse<String> page = Http.anonymous(port).get("/camunda/app/tasklist/default/");
    assertThat(page.statusCode()).isEqualTo(200);
    String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
    assertThat(csp).contains("script-src 'nonce-", "'strict-dynamic'");
  }

  @Test
  void anotherInstallationsNameIsUsedAsConfiguredAndOddNamesAreRefused() {
    String name = "Programme RSS – République de Testland";
    WebappBrandingController controller = new WebappBrandingController(JSON, new InstallationProperties(name), new WebappMessages());
    assertThat(controller.config("admin").getBody()).contains("vendor: \"" + name + "\"");
    assertThat(new String(controller.locale("tasklist", "en").getBody(), java.nio.charset.StandardCharsets.UTF_8))
        .contains("\"BANNER_CE_EOL_TEXT\":\"" + name + "\"");
    assertThat(new InstallationProperties(null).installationName()).isEqualTo(InstallationProperties.DEFAULT_NAME);
    assertThatThrownBy(() -> new InstallationProperties("<script>alert(1)</script>"))
        .hasMessageContaining("ssr.installation-name");
    assertThatThrownBy(() -> new InstallationProperties("{{ constructor }}"))
        .hasMessageContaining("ssr.installation-name");
  }

  private static JsonNode stock(String app, String lang) throws Exception {
    try (InputStream in = WebappBrandingTest.class.getClassLoader()
        .getResourceAsStream("META-INF/resources/webjars/camunda/app/" + app + "/locales/" + lang + ".json")) {
      return JSON.readTree(in).get("labels");
    }
  }

  private static Set<String> fieldNames(JsonNode node) {
    Set<String> names = new TreeSet<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
