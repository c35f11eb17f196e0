package org.ssr.workflow.monitoring;

import java.util.List;
import java.util.Optional;
import org.ssr.workflow.finance.DonorPledge;

/** What monitoring needs from step 10's finance service; an interface so engine tests run without a database. */
public interface ProgrammeFinance {

  Optional<PlanStatus> latestPlan(String programmeCode);

  List<DonorPledge> pledges(String programmeCode);

  /** For programmes without finance data (tests of the status alone). */
  static ProgrammeFinance none() {
    return new ProgrammeFinance() {
      @Override
      public Optional<PlanStatus> latestPlan(String programmeCode) {
        return Optional.empty();
      }

      @Override
      public List<DonorPledge> pledges(String programmeCode) {
        return List.of();
      }
    };
  }
}
