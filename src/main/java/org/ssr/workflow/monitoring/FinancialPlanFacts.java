package org.ssr.workflow.monitoring;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.ssr.workflow.finance.DonorPledge;
import org.ssr.workflow.finance.FinancialPlanService;
import org.ssr.workflow.finance.PlanTotals;
import org.ssr.workflow.finance.PlanVersionInfo;

/** {@link ProgrammeFinance} from the finance service's stored plan versions and pledges. */
@Component
class FinancialPlanFacts implements ProgrammeFinance {

  private final FinancialPlanService plans;

  FinancialPlanFacts(FinancialPlanService plans) {
    this.plans = plans;
  }

  @Override
  public Optional<PlanStatus> latestPlan(String programmeCode) {
    return plans.view(programmeCode, null).map(FinancialPlanFacts::status);
  }

  @Override
  public Map<String, PlanStatus> latestPlans(Collection<String> programmeCodes) {
    Map<String, PlanStatus> latest = new HashMap<>();
    plans.latestViews(programmeCodes).forEach((code, view) -> latest.put(code, status(view)));
    return latest;
  }

  private static PlanStatus status(FinancialPlanService.PlanView view) {
    PlanVersionInfo info = view.info();
    PlanTotals totals = view.totals();
    return new PlanStatus(info.version(), info.uploadedBy(), info.uploadedAt(), info.approved(), info.approvedBy(),
        info.approvedAt(), totals.required(), totals.available(), totals.gap(), totals.nationalShare(),
        totals.byYear(), totals.byInstitution(), totals.bySource(), totals.warnings());
  }

  @Override
  public Optional<PlanLines> latestLines(String programmeCode) {
    return plans.info(programmeCode, null).flatMap(info -> plans.lines(programmeCode, info.version())
        .map(lines -> new PlanLines(info.version(), lines)));
  }

  @Override
  public List<DonorPledge> pledges(String programmeCode) {
    return plans.pledges(programmeCode);
  }
}
