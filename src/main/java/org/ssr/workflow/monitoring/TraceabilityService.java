package org.ssr.workflow.monitoring;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.AGREEMENT_LEDGER;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.GAPS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.PRIORITIES;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.THREATS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.TRANSFORMATION_ACTIONS;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.finance.DonorAlignment;
import org.ssr.workflow.finance.PlanContext;
import org.ssr.workflow.finance.PlanTotals;
import org.ssr.workflow.finance.ProcessPlanContext;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeContent;
import org.ssr.workflow.programme.ProgrammeDirectory;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.TransformationStrategyService;

/**
 * Reads what {@link Traceability} is computed from (its warnings in the programme's language): the programme's variables (ledger, threats, priorities, gaps,
 * actions; a finished programme's from the history), the latest plan version's lines and the donors' pledges.
 * Programmes from before issue 15 have none of the lists: they read as empty, and every action is flagged.
 * Reads everything it is given: the caller decides beforehand whether the user may see the programme.
 */
public class TraceabilityService {

  private final ProgrammeDirectory directory;
  private final ProgrammeFinance finance;

  public TraceabilityService(ProgrammeDirectory directory, ProgrammeFinance finance) {
    this.directory = directory;
    this.finance = finance;
  }

  /** The traceability of the programme with this code; empty when there is none. */
  public Optional<Traceability> of(ProgrammeCode code) {
    return directory.variables(code).map(vars -> of(code.value(), vars));
  }

  Traceability of(String code, Map<String, Object> vars) {
    Optional<ProgrammeFinance.PlanLines> plan = finance.latestLines(code);
    PlanContext context = ProcessPlanContext.of(code, vars);
    BigDecimal share = plan.map(p -> PlanTotals.of(p.lines(), context).nationalShare()).orElse(null);
    DonorAlignment alignment = DonorAlignment.of(context, finance.pledges(code), share);
    return Traceability.of(code, AGREEMENT_LEDGER.from(vars).get(),
        ProgrammeContent.storedThreats(THREATS.from(vars).get()),
        ProgrammeContent.storedPriorities(PRIORITIES.from(vars).get()),
        ProgrammeContent.storedGaps(GAPS.from(vars).get()),
        TransformationStrategyService.stored(TRANSFORMATION_ACTIONS.from(vars).get()),
        plan.map(ProgrammeFinance.PlanLines::version).orElse(null),
        plan.map(ProgrammeFinance.PlanLines::lines).orElse(List.of()), alignment,
        Languages.orEnglish(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.from(vars).get()));
  }
}
