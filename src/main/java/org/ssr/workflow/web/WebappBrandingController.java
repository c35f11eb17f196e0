package org.ssr.workflow.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * Tasklist, Cockpit, Admin and the profile page ("welcome") as this installation, through the webapps' documented
 * customisation: each app's {@code scripts/config.js} and its {@code locales/<lang>.json}, served here instead of the
 * static files so that the name comes from {@link InstallationProperties} (one jar, any installation).
 *
 * <ul>
 *   <li>{@code config.js}: ours, kept where the Camunda docs put it
 *       ({@code META-INF/resources/webjars/camunda/app/<app>/scripts/config.js} in this jar), with the token
 *       {@value #NAME_TOKEN} replaced by the name as a JavaScript string. It sets {@code app.vendor} (header, page
 *       title: "SSR Workflow Tasklist") and, for Cockpit, our plugins; the token {@value #LANGUAGES_TOKEN} becomes the
 *       languages of {@link WebappMessages} (the person's language is the browser's, docs/languages.md).</li>
 *   <li>{@code locales/<lang>.json}: the stock translations of the webjar with a few labels changed. The red
 *       community-edition banner (label {@code BANNER_CE_EOL_TEXT}, urging a migration to Camunda 8) shows the
 *       installation's name instead; "Camunda" in the vendor, welcome and goodbye texts becomes that name too. No
 *       copy of the vendor's files is kept in this repository. French and Portuguese are ours, at the same path in this
 *       jar. Every language also gets our own words ({@link WebappMessages}) as {@code SSR_…} labels.</li>
 *   <li>{@code ssr/messages.js}: the same words of every language as a JavaScript module, for our Cockpit plugins.</li>
 * </ul>
 *
 * <p>Both are scripts or data loaded by the webapps' own nonce-carrying bootstrap (a module import and an XHR), so the
 * webapps' Content-Security-Policy stays as it is. They are public, like the stock files: the login page needs them.
 */
@RestController
public class WebappBrandingController {

  /** The placeholder in our config.js files, a valid JavaScript string on its own. */
  static final String NAME_TOKEN = "'${ssr.installation-name}'";

  /** The placeholder of the languages in our config.js files, a valid JavaScript array on its own. */
  static final String LANGUAGES_TOKEN = "['${ssr.languages}']";

  static final String APPS = "tasklist|cockpit|admin|welcome";
  private static final String WEBJAR_APP = "META-INF/resources/webjars/camunda/app/";
  private static final String PATH = "${camunda.bpm.webapp.application-path:/camunda}/app/{app:" + APPS + "}";

  /** Labels whose "Camunda" names the system a user works in, not the engine underneath. */
  private static final List<String> VENDOR_LABELS = List.of("APP_VENDOR", "AUTH_LOGOUT_THANKS", "FIRST_LOGIN_HEADING");
  static final String BANNER_LABEL = "BANNER_CE_EOL_TEXT";

  private static final MediaType JAVASCRIPT = new MediaType("text", "javascript", StandardCharsets.UTF_8);

  private final ObjectMapper json;
  private final String name;
  private final WebappMessages messages;
  private final Map<String, String> configs = new ConcurrentHashMap<>();
  private final Map<String, byte[]> locales = new ConcurrentHashMap<>();

  public WebappBrandingController(ObjectMapper json, InstallationProperties installation, WebappMessages messages) {
    this.json = json;
    this.name = installation.installationName();
    this.messages = messages;
  }

  @GetMapping(PATH + "/scripts/config.js")
  public ResponseEntity<String> config(@PathVariable String app) {
    String body = configs.computeIfAbsent(app, this::renderConfig);
    return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(body);
  }

  @GetMapping(PATH + "/locales/{lang:[a-z]{2}}.json")
  public ResponseEntity<byte[]> locale(@PathVariable String app, @PathVariable String lang) {
    URL stock = getClass().getClassLoader().getResource(WEBJAR_APP + app + "/locales/" + lang + ".json");
    if (stock == null) {
      return ResponseEntity.notFound().build();
    }
    byte[] body = locales.computeIfAbsent(app + "/" + lang, key -> renderLocale(stock, app, lang));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).cacheControl(CacheControl.noCache()).body(body);
  }

  /** Our words of every language for the app's plugins: {@code export default {"en": {key: text}, "fr": …}}. */
  @GetMapping(PATH + "/ssr/messages.js")
  public ResponseEntity<String> messages(@PathVariable String app) {
    String body = configs.computeIfAbsent(app + "/messages", key -> renderMessages(app));
    return ResponseEntity.ok().contentType(JAVASCRIPT).cacheControl(CacheControl.noCache()).body(body);
  }

  private String renderMessages(String app) {
    Map<String, Map<String, String>> all = new java.util.LinkedHashMap<>();
    messages.languages().forEach(language -> all.put(language, messages.messages(app, language)));
    try {
      return "// generated from i18n/*.properties by WebappBrandingController (docs/languages.md)\n"
          + "export default " + json.writeValueAsString(all) + ";\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private String renderConfig(String app) {
    String template = ourConfig(app);
    try {
      return template.replace(NAME_TOKEN, json.writeValueAsString(name))
          .replace(LANGUAGES_TOKEN, json.writeValueAsString(messages.languages()));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Our config.js of the app. The webjar has a stock file at the same path: take the one carrying the token, whatever
   * the class path order.
   */
  private String ourConfig(String app) {
    try {
      for (URL url : Collections.list(getClass().getClassLoader()
          .getResources(WEBJAR_APP + app + "/scripts/config.js"))) {
        String text = read(url);
        if (text.contains(NAME_TOKEN)) {
          return text;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    throw new IllegalStateException("no config.js of " + app + " with " + NAME_TOKEN + " in this application");
  }

  private byte[] renderLocale(URL stock, String app, String lang) {
    try (InputStream in = stock.openStream()) {
      // Jackson skips the byte-order mark the stock files start with
      JsonNode root = json.readTree(in);
      if (root.get("labels") instanceof ObjectNode labels) {
        labels.put(BANNER_LABEL, HtmlUtils.htmlEscape(name, "UTF-8")); // rendered as HTML
        for (String label : VENDOR_LABELS) {
          JsonNode text = labels.get(label);
          if (text != null && text.isTextual()) {
            labels.put(label, text.asText().replace("Camunda", name));
          }
        }
        messages.messages(app, lang).forEach((key, text) -> labels.put(WebappMessages.labelKey(key), text));
      }
      return json.writeValueAsBytes(root);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
