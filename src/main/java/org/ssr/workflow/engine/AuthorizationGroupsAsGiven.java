package org.ssr.workflow.engine;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.stereotype.Component;

/**
 * Spares every authorized engine command a scan of the whole authorization table.
 *
 * <p>Before it checks anything for a user with groups, Camunda's {@link AuthorizationManager} narrows the user's
 * groups to those named by at least one authorization, and learns those from {@code SELECT DISTINCT GROUP_ID_ FROM
 * ACT_RU_AUTHORIZATION}, once in every command. With authorizations on, the engine writes one authorization per
 * candidate group of every task, so that table grows with the open tasks: on the load model (20,000 open tasks,
 * 20,496 authorizations) the scan cost 22 ms on H2 in each command of every Tasklist page, every form submission and
 * every dashboard (docs/benchmarks.md, "Fourth pass"). Camunda has no setting for it.
 *
 * <p>The narrowing only shortens the {@code GROUP_ID_ IN (...)} lists of the checks that follow: a group that no
 * authorization names matches no row of them, so leaving it in changes no answer (grants, revokes and the precedence
 * of the user's own authorizations over their groups' are decided by the rows that do match). This plugin registers
 * an {@link AuthorizationManager} that keeps the user's groups as they are (each once), in place of the engine's.
 * {@code AuthorizationMatrixTest} and {@code AuthorizationGroupsAsGivenTest} check that nothing is granted or refused
 * differently.
 */
@Component
public class AuthorizationGroupsAsGiven extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
        : new ArrayList<>(configuration.getCustomSessionFactories());
    factories.add(new Factory());
    // the engine registers the custom factories after its own: this one replaces the default AuthorizationManager
    configuration.setCustomSessionFactories(factories);
  }

  /** Opens a {@link Manager} wherever the engine asks for its {@link AuthorizationManager}. */
  static final class Factory implements SessionFactory {

    @Override
    public Class<?> getSessionType() {
      return AuthorizationManager.class;
    }

    @Override
    public Session openSession() {
      return new Manager();
    }
  }

  /** The engine's authorization manager, but the user's groups are taken as given, without the table scan. */
  public static final class Manager extends AuthorizationManager {

    @Override
    public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
      if (authenticatedGroupIds == null || authenticatedGroupIds.isEmpty()) {
        return new ArrayList<>();
      }
      LinkedHashSet<String> groups = new LinkedHashSet<>(authenticatedGroupIds);
      groups.remove(null);
      return new ArrayList<>(groups);
    }
  }
}
