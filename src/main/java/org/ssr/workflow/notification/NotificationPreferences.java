package org.ssr.workflow.notification;

import java.sql.Timestamp;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Each user's {@link DeliveryMode} in ntf_preference; a user without a row gets every message at once. */
public class NotificationPreferences {

  private final JdbcTemplate jdbc;

  public NotificationPreferences(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public DeliveryMode of(String userId) {
    return jdbc.queryForList("select delivery from ntf_preference where user_id = ?", String.class, userId).stream()
        .findFirst().flatMap(DeliveryMode::parse).orElse(DeliveryMode.IMMEDIATE);
  }

  public void set(String userId, DeliveryMode mode, Instant now) {
    Timestamp at = Timestamp.from(now);
    if (jdbc.update("update ntf_preference set delivery = ?, updated_at = ? where user_id = ?", mode.name(), at,
        userId) == 0) {
      try {
        jdbc.update("insert into ntf_preference (user_id, delivery, updated_at) values (?, ?, ?)", userId,
            mode.name(), at);
      } catch (DuplicateKeyException concurrent) {
        jdbc.update("update ntf_preference set delivery = ?, updated_at = ? where user_id = ?", mode.name(), at,
            userId);
      }
    }
  }
}
