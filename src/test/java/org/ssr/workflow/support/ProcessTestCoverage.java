package org.ssr.workflow.support;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The process tests' engine and where their coverage reports go: the build directory in use (target, or
 * -Dbuild.dir=…), not ./target.
 */
public final class ProcessTestCoverage {

  /**
   * The in-memory engine of the process tests (MockExpressionManager, job executor off). Not named camunda.cfg.xml:
   * Camunda's ProcessEngines.init() builds an engine from every camunda.cfg.xml on the class path when something in
   * the Spring test context first looks engines up by name (the REST API does), so the Spring tests carried a
   * second, unused engine.
   */
  public static final String ENGINE_CONFIGURATION = "process-tests.cfg.xml";

  private ProcessTestCoverage() {}

  /** {@code <build dir>/process-test-coverage}, found beside the test classes. */
  public static String reportDirectory() {
    try {
      Path testClasses =
          Path.of(ProcessTestCoverage.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      return testClasses.getParent().resolve("process-test-coverage").toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
