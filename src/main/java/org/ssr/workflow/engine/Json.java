package org.ssr.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The application's one {@link ObjectMapper}. Spring's JSON configuration is applied to this instance and it is
 * Spring's {@code ObjectMapper} bean ({@link JsonConfiguration}), so the REST APIs, the variable kernel and the
 * workbooks read and write JSON alike; engine tests without Spring get the same defaults from Spring's builder.
 */
public final class Json {

  private static final ObjectMapper MAPPER = Jackson2ObjectMapperBuilder.json().build();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
