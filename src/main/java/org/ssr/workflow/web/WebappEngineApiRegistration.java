package org.ssr.workflow.web;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRegistration;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * The webapps' own copy of the engine REST API ({@code /camunda/api/engine/*}, what Tasklist, Cockpit and Admin
 * call) with the same change as {@link SsrJerseyResourceConfig} on {@code /engine-rest}: concurrent changes answer
 * 409 Conflict with a plain message ({@link ConcurrentChangeExceptionMapper}) instead of 500, so Tasklist shows
 * "someone else was quicker" instead of a database message.
 *
 * <p>The Spring Boot starter's {@code CamundaBpmWebappInitializer} registers that API as the servlet
 * {@value #SERVLET_NAME} with Camunda's {@link EngineRestApplication}, and keeps a servlet of that name when one is
 * already registered. This initializer runs first and registers the servlet under that name, with the same resources
 * and configuration classes as {@link EngineRestApplication}, except Camunda's three exception mappers, which are
 * replaced by ours (so which mapper answers never depends on registration order). It refuses to start when the name
 * is taken or the path is mapped already, rather than leave Tasklist on Camunda's 500.
 */
@Component
public class WebappEngineApiRegistration implements ServletContextInitializer, Ordered {

  /** The starter's servlet name for the webapps' engine API. */
  static final String SERVLET_NAME = "Engine Api";

  private final ProcessEngine engine;
  private final String mapping;

  public WebappEngineApiRegistration(ProcessEngine engine, CamundaBpmProperties camunda) {
    this.engine = engine;
    this.mapping = camunda.getWebapp().getApplicationPath() + "/api/engine/*";
  }

  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE; // before the starter's CamundaBpmWebappInitializer (unordered: lowest)
  }

  @Override
  public void onStartup(ServletContext servletContext) {
    if (servletContext.getServletRegistration(SERVLET_NAME) != null) {
      throw new IllegalStateException("The servlet '" + SERVLET_NAME + "' is registered already; the webapps' "
          + "engine API would answer concurrent changes with 500 instead of 409");
    }
    ServletRegistration.Dynamic servlet = servletContext.addServlet(SERVLET_NAME,
        new ServletContainer(resourceConfig(engine)));
    Set<String> taken = servlet.addMapping(mapping);
    if (!taken.isEmpty()) {
      throw new IllegalStateException("The path " + taken + " is mapped to another servlet already");
    }
    servlet.setAsyncSupported(false); // as the starter registers it
  }

  /** {@link EngineRestApplication}'s classes without Camunda's exception mappers, plus ours. */
  static ResourceConfig resourceConfig(ProcessEngine engine) {
    ResourceConfig config = new ResourceConfig();
    config.registerClasses(new EngineRestApplication().getClasses().stream()
        .filter(type -> !SsrJerseyResourceConfig.REPLACED.contains(type))
        .collect(Collectors.toSet()));
    config.register(new ConcurrentChangeExceptionMapper.ForRestException(engine));
    config.register(new ConcurrentChangeExceptionMapper.ForProcessEngineException(engine));
    config.register(new ConcurrentChangeExceptionMapper.ForAnyException(engine));
    return config;
  }
}
