package org.ssr.workflow.security;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Environment;

/**
 * In production there is no demo data and no default password: the administrator comes from the environment, and
 * the application refuses to start without it — before the engine or the web server is created.
 */
@Configuration(proxyBeanMethods = false)
@Profile("prod")
public class ProductionConfigurationCheck {

  static final String MISSING_ADMIN =
      "The prod profile needs an administrator: set the environment variables SSR_ADMIN_ID and SSR_ADMIN_PASSWORD "
          + "(the password must satisfy Camunda's password policy: at least 10 characters with upper- and lower-case "
          + "letters, a digit and a special character).";
  static final String DEMO_DATA_IN_PROD =
      "The prod profile never creates demo users: remove ssr.demo-data=true (SSR_DEMO_DATA) from the configuration.";

  @Bean
  static BeanFactoryPostProcessor productionConfigurationGuard() {
    return new Guard();
  }

  static final class Guard implements BeanFactoryPostProcessor, EnvironmentAware {
    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
      this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(org.springframework.beans.factory.config.ConfigurableListableBeanFactory factory) {
      String id = environment.getProperty("ssr.admin.id", "");
      String password = environment.getProperty("ssr.admin.password", "");
      if (id.isBlank() || password.isBlank()) {
        throw new IllegalStateException(MISSING_ADMIN);
      }
      if (environment.getProperty("ssr.demo-data", Boolean.class, false)) {
        throw new IllegalStateException(DEMO_DATA_IN_PROD);
      }
    }
  }
}
