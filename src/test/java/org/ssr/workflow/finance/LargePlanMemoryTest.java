package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 100,000-line plan imports (and exports) in a child JVM limited to 256 MB of heap. */
class LargePlanMemoryTest {

  @Test
  void hundredThousandLinesImportWithin256MegabytesOfHeap(@TempDir Path dir) throws Exception {
    Path file = LargePlan.write(dir.resolve("large.xlsx"), 100_000);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process child = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-cp",
        System.getProperty("java.class.path"), LargePlanImportMain.class.getName(), file.toString()))
        .redirectErrorStream(true)
        .start();
    boolean finished = child.waitFor(180, TimeUnit.SECONDS);
    String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!finished) {
      child.destroyForcibly();
    }
    assertThat(finished).as(output).isTrue();
    assertThat(child.exitValue()).as(output).isZero();
    assertThat(output).contains("lines=100000 errors=0").contains("maxHeapMB=");
    assertThat(output).doesNotContain("OutOfMemoryError");
  }
}
