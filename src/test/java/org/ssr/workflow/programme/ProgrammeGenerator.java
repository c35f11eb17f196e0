package org.ssr.workflow.programme;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.ssr.workflow.programme.ProgrammeProcess.Beans;

/**
 * For the monitoring benchmark's generator ({@code -Pbench}, not a test): programmes driven through the engine's Java
 * API by {@link ProgrammeDriver} (every task completed as its form would submit it), with the beans the programme
 * benchmark uses (real programme delegates, finance's plan import stood in for).
 */
public final class ProgrammeGenerator {

  private ProgrammeGenerator() {}

  /** The programme's own beans and step 10's stand-ins (ProgrammeEngineBenchmark's); oversight's are the caller's. */
  public static void registerBeans() {
    ProgrammeTestBeans.register();
    Mocks.register(Beans.DONOR_PLEDGES, (TaskListener) task -> { });
    Mocks.register(Beans.PREPARE_FINANCIAL_PLAN_TEMPLATE,
        (JavaDelegate) execution -> execution.setVariable("financialPlanTemplate", file("template.xlsx")));
    Mocks.register(Beans.IMPORT_FINANCIAL_PLAN, (JavaDelegate) execution -> {
      FileValue upload = execution.getVariableTyped("financialPlanFile");
      if (upload.getFilename().startsWith("bad")) {
        throw new BpmnError(ProgrammeProcess.Errors.FINANCIAL_PLAN_INVALID, "The plan has errors");
      }
      execution.setVariable("financialPlanVersion", 1);
      execution.setVariable("financialPlanSummary", file("plan-summary.xlsx"));
    });
    Mocks.register(Beans.FINANCIAL_PLAN_APPROVED, (ExecutionListener) execution -> { });
  }

  /** Starts a programme and drives it through the twelve steps until it calls its implementation; its instance id. */
  public static String toImplementation(ProcessEngine engine, String code) {
    ProgrammeDriver driver = new ProgrammeDriver(engine);
    driver.code = code;
    driver.start();
    driver.driveUntil(() -> driver.isWaitingAt(ProgrammeProcess.Elements.PROGRAMME_IMPLEMENTATION), task -> true,
        "the implementation");
    return driver.programme.getId();
  }

  /**
   * The same with steps 3 to 10 scoped out (dialog, needs assessment, scoping, step 11, then implementation): the
   * bulk of a generated portfolio, a quarter of the work of a full programme.
   */
  public static String toImplementationScopedOut(ProcessEngine engine, String code) {
    ProgrammeDriver driver = new ProgrammeDriver(engine);
    driver.code = code;
    for (int step = 3; step <= 10; step++) {
      driver.skippedSteps.put(step, "Covered by an earlier programme (generated).");
    }
    driver.start();
    driver.driveUntil(() -> driver.isWaitingAt(ProgrammeProcess.Elements.PROGRAMME_IMPLEMENTATION), task -> true,
        "the implementation");
    return driver.programme.getId();
  }

  /** Starts a programme and leaves it at its first task (step 1). */
  public static String started(ProcessEngine engine, String code) {
    ProgrammeDriver driver = new ProgrammeDriver(engine);
    driver.code = code;
    return driver.start().getId();
  }

  private static FileValue file(String name) {
    return Variables.fileValue(name).file(new byte[] {1, 2, 3})
        .mimeType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").create();
  }
}
