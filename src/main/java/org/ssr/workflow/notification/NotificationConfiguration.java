package org.ssr.workflow.notification;

import java.time.Clock;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.ssr.workflow.web.InstallationProperties;

/**
 * Notifications (docs/notifications.md): the outbox written by listeners in the engine's transaction, and the
 * dispatcher that mails it through Spring's {@link JavaMailSender} ({@code spring.mail.*}) after commit.
 */
@Configuration
@EnableConfigurationProperties(NotificationProperties.class)
public class NotificationConfiguration {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationConfiguration.class);

  @Bean
  NotificationOutbox notificationOutbox(JdbcTemplate jdbc) {
    return new NotificationOutbox(jdbc);
  }

  @Bean
  NotificationPreferences notificationPreferences(JdbcTemplate jdbc) {
    return new NotificationPreferences(jdbc);
  }

  @Bean
  NotificationMessages notificationMessages(NotificationProperties properties, InstallationProperties installation) {
    return new NotificationMessages(properties, installation.installationName());
  }

  /** Adds the listeners to every model; with ssr.notifications.enabled=false no message is ever written. */
  @Bean
  @ConditionalOnProperty(prefix = "ssr.notifications", name = "enabled", matchIfMissing = true)
  ProcessEnginePlugin notificationEnginePlugin(NotificationOutbox outbox, NotificationMessages messages) {
    NotificationWriter writer = new NotificationWriter(outbox, messages);
    return new NotificationEnginePlugin(
        new NotificationParseListener(new TaskNotificationListener(writer), new TaskAssignedListener(writer),
            new RiskNotificationListener(writer)));
  }

  @Bean
  NotificationDispatcher notificationDispatcher(NotificationOutbox outbox, NotificationMessages messages,
      NotificationProperties properties, ProcessEngine engine, ObjectProvider<JavaMailSender> mail) {
    JavaMailSender sender = mail.getIfAvailable();
    if (sender == null) {
      LOG.info("No mail server configured (spring.mail.host / SPRING_MAIL_HOST): notifications are kept in the "
          + "outbox (GET /api/notifications/outbox) and not mailed");
    }
    return new NotificationDispatcher(outbox, messages, properties, engine, sender, Clock.systemUTC());
  }
}
