package org.ssr.workflow.support;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Where process-test-coverage reports go: the build directory in use (target, or -Dbuild.dir=…), not ./target. */
public final class ProcessTestCoverage {

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
