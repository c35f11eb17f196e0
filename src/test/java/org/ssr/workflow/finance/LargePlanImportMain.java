package org.ssr.workflow.finance;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Run in a child JVM by {@link LargePlanMemoryTest} (-Xmx256m): imports the plan file given as argument, totals it and
 * writes the summary export, then prints what it found and the heap it needed.
 */
public final class LargePlanImportMain {

  private LargePlanImportMain() {}

  public static void main(String[] args) throws Exception {
    PlanContext ctx = LargePlan.context();
    byte[] bytes = Files.readAllBytes(Path.of(args[0]));
    FinancialPlanReader.Result result =
        new FinancialPlanReader(PlanLimits.DEFAULTS.withMaxFileBytes(50L * 1024 * 1024)).read("large.xlsx", bytes, ctx);
    PlanTotals totals = PlanTotals.of(result.lines(), ctx);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new FinancialPlanSummaryWriter().write(ctx, new PlanVersionInfo("BENCH", 1, "bench", null, "large.xlsx",
        result.lines().size(), false, null, null), result.lines(), totals, List.of(), out);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println("lines=" + result.lines().size() + " errors=" + result.errors().size() + " required="
        + totals.required().toPlainString() + " summaryBytes=" + out.size() + " maxHeapMB="
        + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " peakHeapMB=" + peak / (1024 * 1024));
    if (!result.errors().isEmpty()) {
      result.errors().stream().limit(5).forEach(System.out::println);
      System.exit(2);
    }
  }
}
