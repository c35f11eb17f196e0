package org.ssr.workflow.browser;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The shared test context runs without the job executor (tests decide when jobs run). Browser scenarios call this
 * after a click that leaves asynchronous continuations behind, exactly where the job executor would have run them.
 */
final class DueJobs {

  private DueJobs() {}

  /**
   * Executes every job that is due now (never a future timer), including jobs those jobs create; returns how many.
   * A failing job fails the scenario: in the running application it would become an incident.
   */
  static int run(ManagementService management) {
    int executed = 0;
    for (int round = 0; round < 100; round++) {
      List<Job> due = management.createJobQuery().executable().listPage(0, 1);
      if (due.isEmpty()) {
        return executed;
      }
      management.executeJob(due.get(0).getId());
      executed++;
    }
    throw new AssertionError("jobs keep creating jobs: more than 100 executed in a row");
  }
}
