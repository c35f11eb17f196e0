package org.ssr.workflow.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;

/**
 * The application's one {@link ObjectMapper}. Spring's JSON configuration is applied to this instance and it is
 * Spring's {@code ObjectMapper} bean ({@link JsonConfiguration}), so the REST APIs, the variable kernel and the
 * workbooks read and write JSON alike; engine tests without Spring get the same defaults from Spring's builder.
 */
public final class Json {

  /** Dates and durations as ISO-8601 text (as Spring Boot's defaults write them), so logs read alike everywhere. */
  private static final ObjectMapper MAPPER = Jackson2ObjectMapperBuilder.json()
      .featuresToDisable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS, SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
      .build();

  private Json() {}

  public static ObjectMapper mapper() {
    return MAPPER;
  }
}
