package org.ssr.workflow.notification;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.ssr.workflow.engine.AsApplication;

/**
 * Each user's own delivery preference, and the administrators' view of the outbox (docs/notifications.md). The /api
 * filter has authenticated the caller; a user can only ever read and change their own preference.
 */
@RestController
@RequestMapping(path = "/api/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
public class NotificationController {

  static final int MAX_LIMIT = 500;

  private final IdentityService identity;
  private final NotificationPreferences preferences;
  private final NotificationOutbox outbox;
  private final Clock clock = Clock.systemUTC();

  public NotificationController(ProcessEngine engine, NotificationPreferences preferences,
      NotificationOutbox outbox) {
    this.identity = engine.getIdentityService();
    this.preferences = preferences;
    this.outbox = outbox;
  }

  /** What a client sends to change its preference. */
  public record PreferenceRequest(String delivery) {}

  @GetMapping("/preferences")
  public ResponseEntity<Map<String, Object>> preference() {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      return error(HttpStatus.UNAUTHORIZED, "AuthenticationRequired", "Log in first.");
    }
    return ResponseEntity.ok(preferenceOf(caller.getUserId()));
  }

  @PutMapping(path = "/preferences", consumes = MediaType.APPLICATION_JSON_VALUE)
  public ResponseEntity<Map<String, Object>> setPreference(@RequestBody(required = false) PreferenceRequest request) {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      return error(HttpStatus.UNAUTHORIZED, "AuthenticationRequired", "Log in first.");
    }
    String delivery = request == null ? null : request.delivery();
    var mode = DeliveryMode.parse(delivery == null ? null : delivery.strip());
    if (mode.isEmpty()) {
      return error(HttpStatus.BAD_REQUEST, "InvalidRequestException", "Field 'delivery': use one of "
          + Arrays.stream(DeliveryMode.values()).map(Enum::name).toList() + ", not '" + delivery + "'.");
    }
    preferences.set(caller.getUserId(), mode.get(), clock.instant());
    return ResponseEntity.ok(preferenceOf(caller.getUserId()));
  }

  /** The newest messages of the outbox, whatever their status; camunda-admin only. */
  @GetMapping("/outbox")
  public ResponseEntity<?> outbox(@RequestParam(required = false) String status,
      @RequestParam(required = false) String recipient, @RequestParam(defaultValue = "100") int limit) {
    ResponseEntity<Map<String, Object>> refused = refuseNonAdmin();
    if (refused != null) {
      return refused;
    }
    OutboxStatus wanted = null;
    if (status != null) {
      wanted = Arrays.stream(OutboxStatus.values()).filter(s -> s.name().equals(status)).findFirst().orElse(null);
      if (wanted == null) {
        return error(HttpStatus.BAD_REQUEST, "InvalidRequestException", "Parameter 'status': use one of "
            + Arrays.stream(OutboxStatus.values()).map(Enum::name).toList() + ".");
      }
    }
    List<OutboxMessage> messages = outbox.newest(wanted, recipient, Math.max(1, Math.min(limit, MAX_LIMIT)));
    return ResponseEntity.ok(messages);
  }

  /** Sends a FAILED message again (after the mail server was repaired); camunda-admin only. */
  @PostMapping("/outbox/{id}/retry")
  public ResponseEntity<Map<String, Object>> retry(@PathVariable long id) {
    ResponseEntity<Map<String, Object>> refused = refuseNonAdmin();
    if (refused != null) {
      return refused;
    }
    if (!outbox.requeueFailed(id, clock.instant())) {
      return error(HttpStatus.CONFLICT, "InvalidRequestException",
          "Message " + id + " does not exist or has not failed: only FAILED messages are retried.");
    }
    return ResponseEntity.ok(Map.of("id", id, "status", OutboxStatus.PENDING.name()));
  }

  private ResponseEntity<Map<String, Object>> refuseNonAdmin() {
    Authentication caller = identity.getCurrentAuthentication();
    if (caller == null) {
      return error(HttpStatus.UNAUTHORIZED, "AuthenticationRequired", "Log in first.");
    }
    if (caller.getGroupIds() == null || !caller.getGroupIds().contains(Groups.CAMUNDA_ADMIN)) {
      return error(HttpStatus.FORBIDDEN, "AuthorizationException",
          "Only administrators (" + Groups.CAMUNDA_ADMIN + ") may read the outbox.");
    }
    return null;
  }

  private Map<String, Object> preferenceOf(String userId) {
    // the user's own address, read as the application (a role may not read user profiles)
    User user = AsApplication.call(identity, () -> identity.createUserQuery().userId(userId).singleResult());
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("userId", userId);
    body.put("email", user == null ? null : user.getEmail());
    body.put("delivery", preferences.of(userId).name());
    return body;
  }

  private static ResponseEntity<Map<String, Object>> error(HttpStatus status, String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }
}
