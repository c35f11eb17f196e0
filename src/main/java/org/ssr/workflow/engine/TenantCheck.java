package org.ssr.workflow.engine;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The engine's tenant check is off only while the installation has no Camunda tenant (docs/operations.md, "Tenant
 * check").
 *
 * <p>The application defines no tenants: every programme, task and grant has the tenant id null, and who sees what is
 * decided by the authorizations alone, which stay on. The tenant check adds {@code TENANT_ID_ is null} to every query
 * of a user who is not {@code camunda-admin}; on H2 that condition becomes the access path of Tasklist's list page, so
 * a member of a body read and sorted every open task for each page while the administrator read the page's 15 rows
 * (docs/benchmarks.md, issue 18). {@code application.yaml} therefore sets
 * {@code camunda.bpm.authorization.tenant-check-enabled} to false (the starter's own property: a generic property of
 * the same name is overwritten by it).
 *
 * <p>Should an administrator create a tenant (Admin, "Tenants"), the check is what keeps a tenant's data to its
 * members: on every start with a tenant present this plugin switches the check back on, whatever the configuration
 * says, and says so in the log. A tenant created while the application runs is checked from the next start.
 */
@Component
public class TenantCheck extends AbstractProcessEnginePlugin {

  private static final Logger LOG = LoggerFactory.getLogger(TenantCheck.class);

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    ProcessEngineConfigurationImpl configuration =
        (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    if (configuration.isTenantCheckEnabled()) {
      return;
    }
    long tenants = engine.getIdentityService().createTenantQuery().count();
    if (tenants > 0) {
      configuration.setTenantCheckEnabled(true);
      LOG.warn("This installation has {} Camunda tenant(s): the tenant check is on although "
          + "camunda.bpm.authorization.tenant-check-enabled is false (docs/operations.md, \"Tenant check\")", tenants);
    }
  }
}
