package org.ssr.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/** Makes {@link Json#mapper()} Spring's ObjectMapper, configured by Spring Boot's {@code spring.jackson.*} settings. */
@Configuration(proxyBeanMethods = false)
class JsonConfiguration {

  @Bean
  @Primary
  ObjectMapper objectMapper(Jackson2ObjectMapperBuilder springBootBuilder) {
    springBootBuilder.configure(Json.mapper());
    return Json.mapper();
  }
}
