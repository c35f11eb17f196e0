package org.ssr.workflow.notification;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.identity.DemoUsers;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/** GET/PUT /api/notifications/preferences (own user only) and the administrators' outbox view, through real HTTP. */
@SsrApplicationTest
class NotificationApiTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Test
  void everyUserReadsAndChangesOnlyTheirOwnPreference() throws Exception {
    Http donor = Http.basic(port, "donor", DemoUsers.PASSWORD);
    Http facilitator = Http.basic(port, "facilitator", DemoUsers.PASSWORD);
    try {
      JsonNode mine = JSON.readTree(donor.get("/api/notifications/preferences").body());
      assertThat(mine.get("userId").asText()).isEqualTo("donor");
      assertThat(mine.get("email").asText()).isEqualTo("donor@ssr.example");
      assertThat(mine.get("delivery").asText()).isEqualTo("IMMEDIATE");

      // a userId in the body changes nothing: the caller is who the request is about
      HttpResponse<String> changed = donor.putJson("/api/notifications/preferences",
          "{\"delivery\":\"DAILY_DIGEST\",\"userId\":\"facilitator\"}");
      assertThat(changed.statusCode()).isEqualTo(200);
      assertThat(JSON.readTree(changed.body()).get("delivery").asText()).isEqualTo("DAILY_DIGEST");
      assertThat(JSON.readTree(donor.get("/api/notifications/preferences").body()).get("delivery").asText())
          .isEqualTo("DAILY_DIGEST");
      assertThat(JSON.readTree(facilitator.get("/api/notifications/preferences").body()).get("delivery").asText())
          .isEqualTo("IMMEDIATE");

      HttpResponse<String> bad = donor.putJson("/api/notifications/preferences", "{\"delivery\":\"WEEKLY\"}");
      assertThat(bad.statusCode()).isEqualTo(400);
      assertThat(bad.body()).contains("Field 'delivery'").contains("DAILY_DIGEST");
    } finally {
      donor.putJson("/api/notifications/preferences", "{\"delivery\":\"IMMEDIATE\"}");
    }
  }

  @Test
  void preferencesNeedALogin() {
    Http anonymous = Http.anonymous(port);
    assertThat(anonymous.get("/api/notifications/preferences").statusCode()).isEqualTo(401);
    assertThat(anonymous.putJson("/api/notifications/preferences", "{\"delivery\":\"DAILY_DIGEST\"}").statusCode())
        .isEqualTo(401);
    assertThat(Http.basic(port, "donor", "wrong-password").get("/api/notifications/preferences").statusCode())
        .isEqualTo(401);
  }

  @Test
  void onlyAdministratorsReadTheOutbox() throws Exception {
    assertThat(Http.anonymous(port).get("/api/notifications/outbox").statusCode()).isEqualTo(401);
    HttpResponse<String> manager = Http.basic(port, "manager", DemoUsers.PASSWORD).get("/api/notifications/outbox");
    assertThat(manager.statusCode()).isEqualTo(403);
    assertThat(manager.body()).doesNotContain("subject");
    assertThat(Http.basic(port, "manager", DemoUsers.PASSWORD).postJson("/api/notifications/outbox/1/retry", "{}")
        .statusCode()).isEqualTo(403);

    HttpResponse<String> admin = Http.basic(port, "admin", DemoUsers.PASSWORD).get("/api/notifications/outbox?limit=5");
    assertThat(admin.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(admin.body()).isArray()).isTrue();
    assertThat(Http.basic(port, "admin", DemoUsers.PASSWORD).get("/api/notifications/outbox?status=LOST")
        .statusCode()).isEqualTo(400);
  }
}
