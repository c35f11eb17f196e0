package org.ssr.workflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;
import org.ssr.workflow.web.ApiExceptionHandlerProbe;

/** The hardening rows of docs/security.md: cookies, headers, session timeout, request size, error bodies. */
@SsrApplicationTest
class HardeningTest {

  @LocalServerPort
  int port;

  @Autowired
  Environment environment;

  @Test
  void webappSessionCookieIsHttpOnlyAndSameSite() {
    Http http = Http.anonymous(port);
    HttpResponse<String> login = http.webappLogin("tasklist", "coordinator", DemoUsers.PASSWORD);
    assertThat(login.statusCode()).isEqualTo(200);
    HttpResponse<String> page = Http.anonymous(port).get("/camunda/app/tasklist/");
    List<String> cookies = new java.util.ArrayList<>(page.headers().allValues("Set-Cookie"));
    cookies.addAll(login.headers().allValues("Set-Cookie"));
    String session = cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
    assertThat(session).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    assertThat(session.toLowerCase().split("samesite", -1)).as("one SameSite attribute").hasSize(2);
    // not Secure locally (plain http); the prod profile turns it on (see prodProfileTurnsOnSecureCookiesAndHsts)
    assertThat(session).doesNotContainIgnoringCase("Secure;");
  }

  @Test
  void webappsSendSecurityHeaders() {
    HttpResponse<String> page = Http.anonymous(port).get("/camunda/app/tasklist/");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElse(""))
        .contains("frame-ancestors 'none'").contains("object-src 'none'");
    assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void sessionsTimeOut() {
    assertThat(environment.getProperty("server.servlet.session.timeout", Duration.class))
        .isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void oversizedRequestsAreRefusedBeforeTheyAreRead() throws Exception {
    RequestSizeLimitFilter filter = new RequestSizeLimitFilter(1024);
    MockHttpServletRequest big = new MockHttpServletRequest("POST", "/engine-rest/task/any/submit-form");
    big.addHeader("Content-Length", "104857600");
    big.setContent(new byte[2048]);
    MockHttpServletResponse refused = new MockHttpServletResponse();
    MockFilterChain untouched = new MockFilterChain();
    filter.doFilter(big, refused, untouched);
    assertThat(refused.getStatus()).isEqualTo(413);
    assertThat(refused.getContentAsString()).contains("larger than the allowed");
    assertThat(untouched.getRequest()).as("the request went no further").isNull();

    // a body without Content-Length (chunked) fails once it passes the limit
    MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/programmes/X/risks") {
      @Override
      public long getContentLengthLong() {
        return -1;
      }
    };
    chunked.setContent(new byte[4096]);
    MockFilterChain reader = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
      @Override
      protected void service(jakarta.servlet.http.HttpServletRequest request,
          jakarta.servlet.http.HttpServletResponse response) throws IOException {
        request.getInputStream().readAllBytes();
      }
    });
    assertThatThrownBy(() -> filter.doFilter(chunked, new MockHttpServletResponse(), reader))
        .isInstanceOf(IOException.class).hasMessageContaining("larger than the allowed");
  }

  @Test
  void prodProfileTurnsOnSecureCookiesAndHsts() throws IOException {
    List<PropertySource<?>> prod = new YamlPropertySourceLoader().load("prod",
        new ClassPathResource("application-prod.yaml"));
    Map<String, Object> values = new java.util.HashMap<>();
    prod.forEach(source -> ((Map<?, ?>) source.getSource()).forEach((k, v) -> values.put(k.toString(), v)));
    assertThat(values.get("ssr.security.secure-cookies").toString()).isEqualTo("${SSR_SECURE_COOKIES:true}");
    assertThat(values.get("camunda.bpm.webapp.header-security.hsts-disabled").toString()).isEqualTo("false");
    // the cookie settings of every profile follow ssr.security.secure-cookies
    assertThat(environment.getProperty("server.servlet.session.cookie.secure")).isEqualTo("false");
    assertThat(environment.getProperty("camunda.bpm.webapp.csrf.enable-secure-cookie")).isEqualTo("false");
  }

  @Test
  void unexpectedErrorsOfOurApiCarryNoStackTrace() {
    ResponseEntity<Object> answer = ApiExceptionHandlerProbe.unexpected(new IllegalStateException("secret detail"));
    assertThat(answer.getStatusCode().value()).isEqualTo(500);
    assertThat(answer.getBody().toString()).contains("ServerError").contains("reference")
        .doesNotContain("secret detail").doesNotContain("IllegalStateException");
  }
}
