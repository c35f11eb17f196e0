package org.ssr.workflow.security;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.WebApplicationType;
import org.ssr.workflow.SsrWorkflowApplication;

/** Production never starts with a default password: without the administrator's variables it refuses, clearly. */
class ProductionProfileTest {

  @Test
  void prodWithoutAdministratorRefusesToStart() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(SsrWorkflowApplication.class)
        .profiles("prod")
        .web(WebApplicationType.NONE)
        .run("--ssr.admin.id=", "--ssr.admin.password=",
            "--spring.datasource.url=jdbc:h2:mem:prod-check;DB_CLOSE_DELAY=-1"))
        .hasStackTraceContaining("set the environment variables SSR_ADMIN_ID and SSR_ADMIN_PASSWORD");
  }

  @Test
  void prodRefusesDemoUsers() {
    assertThatThrownBy(() -> new SpringApplicationBuilder(SsrWorkflowApplication.class)
        .profiles("prod")
        .web(WebApplicationType.NONE)
        .run("--ssr.admin.id=chief", "--ssr.admin.password=Chief#Admin2026", "--ssr.demo-data=true",
            "--spring.datasource.url=jdbc:h2:mem:prod-check;DB_CLOSE_DELAY=-1"))
        .hasStackTraceContaining("never creates demo users");
  }
}
