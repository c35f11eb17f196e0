package org.ssr.workflow.web;

import jakarta.ws.rs.ApplicationPath;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.spring.boot.starter.rest.CamundaJerseyResourceConfig;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.springframework.stereotype.Component;

/**
 * The engine REST API at {@code /engine-rest} (the starter's supported extension point: a bean of this type replaces
 * the starter's own), with one change: concurrent changes answer 409 Conflict with a plain message
 * ({@link ConcurrentChangeExceptionMapper}) instead of 500. Camunda's two mappers for the same exception types are
 * left out (RestException, ProcessEngineException, Throwable), so which mapper answers never depends on
 * registration order.
 */
@Component
@ApplicationPath("/engine-rest")
public class SsrJerseyResourceConfig extends CamundaJerseyResourceConfig {

  static final Set<Class<?>> REPLACED =
      Set.of(RestExceptionHandler.class, ProcessEngineExceptionHandler.class, ExceptionHandler.class);

  private final ProcessEngine engine;

  public SsrJerseyResourceConfig(ProcessEngine engine) {
    this.engine = engine;
  }

  @Override
  protected void registerCamundaRestResources() {
    registerClasses(CamundaRestResources.getResourceClasses());
    registerClasses(CamundaRestResources.getConfigurationClasses().stream()
        .filter(type -> !REPLACED.contains(type))
        .collect(Collectors.toSet()));
    register(JacksonFeature.class);
  }

  @Override
  protected void registerAdditionalResources() {
    register(new ConcurrentChangeExceptionMapper.ForRestException(engine));
    register(new ConcurrentChangeExceptionMapper.ForProcessEngineException(engine));
    register(new ConcurrentChangeExceptionMapper.ForAnyException(engine));
  }
}
