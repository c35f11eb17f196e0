package org.ssr.workflow.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.repository.DeploymentBuilder;

/**
 * Deploys classpath resources the way the Spring Boot starter's auto-deployment does: each under its file name alone
 * ({@code review-decision.html}, not {@code forms/review-decision.html}). {@code @Deployment(resources = …)} keeps
 * the folder in the name, so an {@code embedded:deployment:x.html} form key would not resolve in a process test that
 * uses it. Delete the deployment (cascade) after the test.
 */
public final class SpringBootLikeDeployment {

  private SpringBootLikeDeployment() {}

  static final String PROGRAMME = "bpmn/ssr-programme.bpmn";
  static final String IMPLEMENTATION = "bpmn/programme-implementation.bpmn";
  static final String IMPLEMENTATION_STUB = "bpmn-stubs/programme-implementation-stub.bpmn";

  /**
   * Deploys the resources and returns the deployment id. A programme deployed without the implementation model gets
   * the pass-through stub of it, so a test of the planning steps sees the programme end after "ready for
   * implementation" (docs/implementation.md).
   */
  public static String deploy(ProcessEngine engine, String... classpathResources) {
    return deployChanged(engine, java.util.function.UnaryOperator.identity(), classpathResources);
  }

  /**
   * Deploys the resources as {@link #deploy} does, each resource's text passed through {@code change} first: a new
   * version of a model (e.g. to migrate running instances to it).
   */
  public static String deployChanged(ProcessEngine engine, java.util.function.UnaryOperator<String> change,
      String... classpathResources) {
    java.util.List<String> resources = new java.util.ArrayList<>(java.util.List.of(classpathResources));
    if (resources.contains(PROGRAMME) && !resources.contains(IMPLEMENTATION) && !resources.contains(IMPLEMENTATION_STUB)) {
      resources.add(IMPLEMENTATION_STUB);
    }
    DeploymentBuilder deployment = engine.getRepositoryService().createDeployment().name("process-test");
    for (String resource : resources) {
      try (InputStream in = SpringBootLikeDeployment.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalArgumentException("No classpath resource " + resource);
        }
        deployment.addString(resource.substring(resource.lastIndexOf('/') + 1),
            change.apply(new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return deployment.deploy().getId();
  }

  public static void undeploy(ProcessEngine engine, String deploymentId) {
    if (deploymentId != null) {
      engine.getRepositoryService().deleteDeployment(deploymentId, true, true);
    }
  }

  /**
   * What a process test leaves behind, undone after each test: the engine clock, the registered mock beans, the
   * authentication, and the test's deployment (with its instances and history).
   */
  public static void undeployAndReset(ProcessEngine engine, String deploymentId) {
    org.camunda.bpm.engine.impl.util.ClockUtil.reset();
    org.camunda.bpm.engine.test.mock.Mocks.reset();
    engine.getIdentityService().clearAuthentication();
    undeploy(engine, deploymentId);
  }
}
