package org.ssr.workflow.monitoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ssr.workflow.finance.DonorPledge;
import org.ssr.workflow.finance.PlanLine;

/** What monitoring needs from step 10's finance service; an interface so engine tests run without a database. */
public interface ProgrammeFinance {

  Optional<PlanStatus> latestPlan(String programmeCode);

  /** The latest plan of each programme that has one (the dashboard: set-based where the store allows it). */
  default Map<String, PlanStatus> latestPlans(Collection<String> programmeCodes) {
    Map<String, PlanStatus> plans = new HashMap<>();
    programmeCodes.forEach(code -> latestPlan(code).ifPresent(plan -> plans.put(code, plan)));
    return plans;
  }

  List<DonorPledge> pledges(String programmeCode);

  /** The lines of the latest plan version (traceability); empty without a plan. */
  default Optional<PlanLines> latestLines(String programmeCode) {
    return Optional.empty();
  }

  /** The lines of one plan version. */
  record PlanLines(int version, List<PlanLine> lines) {}

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
