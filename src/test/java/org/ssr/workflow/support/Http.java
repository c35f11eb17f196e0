package org.ssr.workflow.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

/** A small HTTP client for tests through the real server: HTTP Basic, or a webapp session with its CSRF token. */
public final class Http {

  private final String base;
  private final HttpClient client;
  private final CookieManager cookies = new CookieManager();
  private String basic;
  private String csrfToken;

  private Http(String base) {
    this.base = base;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  public static Http anonymous(int port) {
    return new Http("http://localhost:" + port);
  }

  public static Http basic(int port, String user, String password) {
    Http http = new Http("http://localhost:" + port);
    http.basic = "Basic " + Base64.getEncoder()
        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return http;
  }

  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  public HttpResponse<byte[]> getBytes(String path) {
    try {
      return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  public HttpResponse<String> postJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A JSON POST with its own {@code Accept} header (Tasklist asks for {@code application/hal+json}). */
  public HttpResponse<String> postJson(String path, String json, String accept) {
    return send(request(path).header("Content-Type", "application/json").setHeader("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  /** A JSON POST from a browser whose first language is {@code acceptLanguage} (the person's language). */
  public HttpResponse<String> postJsonInLanguage(String path, String json, String acceptLanguage) {
    return send(request(path).header("Content-Type", "application/json").header("Accept-Language", acceptLanguage)
        .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> delete(String path) {
    return send(request(path).DELETE());
  }

  public HttpResponse<String> putJson(String path, String json) {
    return send(request(path).header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> postForm(String path, Map<String, String> form) {
    String body = form.entrySet().stream()
        .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
        .collect(Collectors.joining("&"));
    return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /**
   * Logs in to a webapp the way its login page does: fetch the app (session + CSRF cookie), then post the form.
   * Returns the login response (200 when the user may use that app).
   */
  public HttpResponse<String> webappLogin(String app, String user, String password) {
    HttpResponse<String> page = get("/camunda/app/" + app + "/");
    page.headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("XSRF-TOKEN="))
        .findFirst()
        .ifPresent(c -> csrfToken = c.substring("XSRF-TOKEN=".length(), c.indexOf(';')));
    return postForm("/camunda/api/admin/auth/user/default/login/" + app,
        Map.of("username", user, "password", password));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
    if (basic != null) {
      builder.header("Authorization", basic);
    }
    if (csrfToken != null) {
      builder.header("X-XSRF-TOKEN", csrfToken);
    }
    return builder;
  }

  private HttpResponse<String> send(HttpRequest.Builder builder) {
    try {
      HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
      response.headers().allValues("Set-Cookie").stream()
          .filter(c -> c.startsWith("XSRF-TOKEN="))
          .findFirst()
          .ifPresent(c -> csrfToken = c.substring("XSRF-TOKEN=".length(), c.indexOf(';')));
      return response;
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
