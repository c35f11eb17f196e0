package org.ssr.workflow.security;

import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Security of the HTTP surface, on in every profile: the engine's REST API asks for HTTP Basic (Camunda leaves it open
 * by default), query expressions are refused before they reach the engine, the webapps' initial-admin setup is
 * closed, and the application's own {@code /api} accepts HTTP Basic or the webapps' session.
 */
@Configuration
public class RestApiSecurityConfiguration {

  static final String REST_PATH = "/engine-rest/*";

  @Bean
  FilterRegistrationBean<QueryExpressionGuardFilter> queryExpressionGuardFilter() {
    var registration = new FilterRegistrationBean<>(new QueryExpressionGuardFilter());
    registration.addUrlPatterns(REST_PATH, "/camunda/api/engine/*");
    registration.setName("ssrQueryExpressionGuard");
    // before authentication: a hostile query is refused whoever sends it, and without a password check
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  @Bean
  FilterRegistrationBean<WebappQueryPageFilter> webappQueryPageFilter(
      @Value("${camunda.bpm.generic-properties.properties.query-max-results-limit:2000}") int limit) {
    var registration = new FilterRegistrationBean<>(new WebappQueryPageFilter(limit));
    registration.addUrlPatterns("/camunda/api/engine/*");
    registration.setName("ssrWebappQueryPage");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 15);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ProcessEngineAuthenticationFilter> restAuthenticationFilter() {
    var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
    registration.addUrlPatterns(REST_PATH);
    registration.addInitParameter(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
        HttpBasicAuthenticationProvider.class.getName());
    registration.setName("ssrRestAuthentication");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }

  @Bean
  FilterRegistrationBean<SetupEndpointGuardFilter> setupEndpointGuardFilter() {
    var registration = new FilterRegistrationBean<>(new SetupEndpointGuardFilter());
    registration.addUrlPatterns("/camunda/api/admin/setup/*");
    registration.setName("ssrSetupEndpointGuard");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  @Bean
  FilterRegistrationBean<ApiAuthenticationFilter> apiAuthenticationFilter(ProcessEngine processEngine) {
    var registration = new FilterRegistrationBean<>(new ApiAuthenticationFilter(processEngine));
    registration.addUrlPatterns("/api/*");
    registration.setName("ssrApiAuthentication");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }
}
