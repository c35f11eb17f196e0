package org.ssr.workflow.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * The tenant check stays off while the installation has no tenant, and comes back on at the next start once one
 * exists: then a user outside the tenant no longer sees the tenant's task, though a grant would let them.
 */
class TenantCheckTest {

  private static final String URL = "jdbc:h2:mem:tenant-check;DB_CLOSE_DELAY=-1";

  private static ProcessEngine start(String name) {
    StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
    configuration.setProcessEngineName(name);
    configuration.setJdbcUrl(URL);
    configuration.setJdbcUsername("sa");
    configuration.setJdbcPassword("");
    configuration.setDatabaseSchemaUpdate("true");
    configuration.setAuthorizationEnabled(true);
    configuration.setTenantCheckEnabled(false); // as application.yaml
    configuration.setJobExecutorActivate(false);
    configuration.setHistory("none");
    configuration.setProcessEnginePlugins(new ArrayList<>(List.of(new TenantCheck())));
    return configuration.buildProcessEngine();
  }

  private static boolean tenantCheck(ProcessEngine engine) {
    return ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).isTenantCheckEnabled();
  }

  private static long tasksSeenBy(ProcessEngine engine, String user) {
    engine.getIdentityService().setAuthentication(user, List.of(), List.of());
    try {
      return engine.getTaskService().createTaskQuery().count();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }

  @Test
  void offWithoutTenants_onAgainAtTheNextStartOnceATenantExists() {
    ProcessEngine first = start("tenant-check-first");
    try {
      assertThat(tenantCheck(first)).as("no tenant: the check stays off").isFalse();
      first.getIdentityService().saveUser(first.getIdentityService().newUser("reader"));
      first.getIdentityService().saveTenant(first.getIdentityService().newTenant("countryB"));
      Task task = first.getTaskService().newTask();
      task.setName("A task of another country");
      task.setTenantId("countryB");
      first.getTaskService().saveTask(task);
      // the reader is a candidate, so the engine grants them the task
      first.getTaskService().addCandidateUser(task.getId(), "reader");
      assertThat(tasksSeenBy(first, "reader")).as("without the check the grant alone decides").isEqualTo(1);
    } finally {
      first.close();
    }

    ProcessEngine second = start("tenant-check-second");
    try {
      assertThat(tenantCheck(second)).as("a tenant exists: the check is on again").isTrue();
      assertThat(tasksSeenBy(second, "reader")).as("the tenant's task is kept to its members").isZero();
    } finally {
      second.close();
    }
  }
}
