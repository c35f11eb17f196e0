package org.ssr.workflow.security;

import jakarta.servlet.DispatcherType;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.util.unit.DataSize;

/**
 * Hardening beyond the foundation (docs/security.md): a cap on request bodies for every HTTP surface that accepts
 * uploads. Cookie flags, session timeout and the webapps' security headers are configuration only (application.yaml,
 * application-prod.yaml).
 */
@Configuration(proxyBeanMethods = false)
public class HardeningConfiguration {

  @Bean
  FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(
      @Value("${ssr.security.max-request-size:25MB}") DataSize maxRequestSize) {
    var registration = new FilterRegistrationBean<>(new RequestSizeLimitFilter(maxRequestSize.toBytes()));
    registration.addUrlPatterns("/engine-rest/*", "/camunda/api/*", "/api/*");
    registration.setName("ssrRequestSizeLimit");
    // first of all: an oversized body is refused before anything reads it
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    return registration;
  }
}
