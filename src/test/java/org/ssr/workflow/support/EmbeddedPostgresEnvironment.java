package org.ssr.workflow.support;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Runs the Spring HTTP tests on a real PostgreSQL instead of H2 when the JVM has
 * {@code -Dssr.test.embedded-postgres=true}: each application context gets a fresh database on the JVM's
 * {@link EmbeddedPostgresServer}. The pom's failsafe execution {@code end-to-end-on-postgresql} runs the programme's
 * end-to-end test this way, unchanged; without the flag this does nothing.
 */
public class EmbeddedPostgresEnvironment implements EnvironmentPostProcessor {

  static final String FLAG = "ssr.test.embedded-postgres";

  @Override
  public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
    if (!Boolean.getBoolean(FLAG)) {
      return;
    }
    Map<String, Object> postgres = new LinkedHashMap<>();
    postgres.put("spring.datasource.url", EmbeddedPostgresServer.shared().createDatabase("spring"));
    postgres.put("spring.datasource.username", EmbeddedPostgresServer.user());
    postgres.put("spring.datasource.password", "");
    postgres.put("spring.datasource.driver-class-name", "org.postgresql.Driver");
    postgres.put("camunda.bpm.database.type", "postgres");
    environment.getPropertySources().addFirst(new MapPropertySource("embeddedPostgres", postgres));
  }
}
