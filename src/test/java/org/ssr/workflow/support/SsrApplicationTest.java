package org.ssr.workflow.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The one Spring configuration of the HTTP-level tests: the whole application on a random port with an in-memory H2
 * database, demo users, job executor off (tests run jobs themselves). Every {@code @SpringBootTest} uses this
 * annotation and nothing else, so Spring caches a single context for the whole suite.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
public @interface SsrApplicationTest {}
