package org.ssr.workflow.finance.bench;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Runs one benchmark operation once in this JVM, to find the smallest -Xmx it completes with (docs/benchmarks.md):
 * {@code java -Xmx128m -cp <test classpath> org.ssr.workflow.finance.bench.HeapProbe importOurs}.
 */
public final class HeapProbe {

  private HeapProbe() {}

  public static void main(String[] args) throws Exception {
    FinancialPlanBenchmark b = new FinancialPlanBenchmark();
    b.setUp();
    if (args[0].startsWith("import")) {
      // the probe measures the import, not the benchmark's own copy of the lines (the exports need them)
      b.lines = null;
      b.totals = null;
    }
    long start = System.nanoTime();
    Object result = switch (args[0]) {
      case "importOurs" -> b.importOurs();
      case "importBareSax" -> b.importBareSax();
      case "importXssfWorkbook" -> b.importXssfWorkbook();
      case "exportOurs" -> b.exportOurs();
      case "exportBareSxssf" -> {
        FinancialPlanBenchmark.LinesCells cells = new FinancialPlanBenchmark.LinesCells();
        cells.setUp(b);
        yield b.exportBareSxssf(cells);
      }
      default -> throw new IllegalArgumentException(args[0]);
    };
    System.out.println(args[0] + " ok: " + result + " in " + (System.nanoTime() - start) / 1_000_000 + " ms with -Xmx"
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + "m");
    Files.deleteIfExists(b.file);
  }
}
