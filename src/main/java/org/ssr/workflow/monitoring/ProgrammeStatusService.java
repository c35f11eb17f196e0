package org.ssr.workflow.monitoring;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.query.NativeQuery;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.camunda.bpm.engine.runtime.TransitionInstance;
import org.ssr.workflow.decision.DecisionChain;
import org.ssr.workflow.decision.DecisionRecord;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.implementation.ImplementationProcess;
import org.ssr.workflow.implementation.ImplementationProgress;
import org.ssr.workflow.oversight.DecisionLog;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ConsentService;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.oversight.ReviewDecisionRecord;
import org.ssr.workflow.programme.ProgrammeStep;
import org.ssr.workflow.programme.ProgrammeSummary;
import org.ssr.workflow.risk.RiskEvent;
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.risk.RiskLevel;
import org.ssr.workflow.risk.RiskLog;
import org.ssr.workflow.risk.RiskStatus;

/**
 * Computes a programme's status from the engine alone: the activity-instance tree of the running instance (what is
 * open now, including jobs waiting to continue), the historic activity instances (dates of every step), the process
 * variables (scope), the oversight-review and risk-handling instances it called, and the finance service's plan
 * versions. Nothing is stored a second time, so nothing can drift. The decisions come from the programme's decision
 * record ({@link DecisionRecord}, with its chain checked), never from the {@code decisionLog} variable, which an
 * administrator can overwrite.
 *
 * <p>One programme ({@link #status}, {@link #details}) is read with its own queries. A list of programmes
 * ({@link #statuses}, the dashboard and the portfolio) is read <b>set-based</b>: a fixed number of queries for the
 * whole list whatever its length (the variables, activity instances, called instances and jobs of all of them at
 * once, the finance service's latest plans in one query), computed by the same code as one programme's status;
 * {@code ProgrammeStatusListTest} checks both give the same statuses.
 *
 * <p>Reads everything it is given: the caller decides beforehand whether the user may see the programme
 * ({@link ProgrammeAccess}) and runs this without the user's authentication.
 */
public class ProgrammeStatusService {

  /** What the status (dashboard, portfolio) reads of a programme, declared by the programme's catalogue. */
  static final List<Variable<?>> STATUS_VARIABLES;

  /** What the details read of it besides: the set-up (its language too), structures and charters. */
  static final List<Variable<?>> PROGRAMME_VARIABLES;

  static {
    List<Variable<?>> read = new ArrayList<>(List.of(ProgrammeProcess.Variables.PROGRAMME_CODE,
        ProgrammeProcess.Variables.PROGRAMME_NAME, ProgrammeProcess.Variables.PROGRAMME_TERM,
        ProgrammeProcess.Variables.COUNTRY,
        ProgrammeProcess.Variables.SKIPPED_STEPS, ProgrammeProcess.Variables.TRANSFORMATION_ON_HOLD,
        ProgrammeProcess.Variables.PROGRAMME_END_REASON));
    ProgrammeStep.optionalSteps().forEach(step -> read.add(ProgrammeProcess.Variables.applyStep(step.number())));
    STATUS_VARIABLES = List.copyOf(read);
    read.addAll(List.of(ProgrammeProcess.Variables.REFORM_CONTEXT,
        ProgrammeProcess.Variables.REQUIRED_SEGMENTS, ProgrammeProcess.Variables.SEGMENTS_JUSTIFICATION,
        ProgrammeProcess.Variables.NATIONAL_SHARE_TARGET, ProgrammeProcess.Variables.PROGRAMME_LANGUAGE,
        ProgrammeProcess.Variables.COORDINATION_STRUCTURES, ProgrammeProcess.Variables.OVERSIGHT_CHARTERS));
    PROGRAMME_VARIABLES = List.copyOf(read);
  }

  /** What monitoring reads of an oversight review, declared by its catalogue. */
  static final List<Variable<?>> REVIEW_VARIABLES = List.of(
      OversightReviewProcess.Variables.REVIEW_KIND,
      OversightReviewProcess.Variables.REVIEW_SUBJECT,
      OversightReviewProcess.Variables.REVIEW_VERSION,
      OversightReviewProcess.Variables.REVIEW_GROUPS,
      OversightReviewProcess.Variables.REVIEW_DUE_DATE,
      OversightReviewProcess.Variables.REVIEW_OUTCOME,
      OversightReviewProcess.Variables.REVIEW_DECISIONS);

  /** What the status (dashboard, portfolio) reads of the implementation a programme called: year and execution. */
  static final List<Variable<?>> IMPLEMENTATION_STATUS_VARIABLES = List.of(
      ImplementationProcess.Variables.IMPLEMENTATION_STATUS,
      ImplementationProcess.Variables.CYCLE_YEAR,
      ImplementationProcess.Variables.BUDGET_EXECUTION_RATES);

  /** What the details read of it besides: per institution and indicator progress. */
  static final List<Variable<?>> IMPLEMENTATION_VARIABLES;

  static {
    List<Variable<?>> read = new ArrayList<>(IMPLEMENTATION_STATUS_VARIABLES);
    read.addAll(List.of(ImplementationProcess.Variables.BASELINE_ACTIONS,
        ImplementationProcess.Variables.BASELINE_VERSION,
        ImplementationProcess.Variables.REPORTING_YEAR,
        ImplementationProcess.Variables.IMPLEMENTATION_REPORTS));
    IMPLEMENTATION_VARIABLES = List.copyOf(read);
  }

  /** The job type of an asynchronous continuation (the engine's AsyncContinuationJobHandler). */
  static final String ASYNC_CONTINUATION = "async-continuation";

  /** Instances in one IN list of a set-based query (well below every database's limit). */
  static final int IN_LIST = 500;

  private static final Set<String> CONTAINERS = Set.of("subProcess", "multiInstanceBody", "eventSubProcess",
      "transaction");

  private final RuntimeService runtime;
  private final HistoryService history;
  private final ManagementService management;
  private final RepositoryService repository;
  private final ProgrammeFinance finance;
  private final LocalPlatformFacts localPlatforms;
  private final DecisionRecord decisionRecord;

  public ProgrammeStatusService(ProcessEngine engine, ProgrammeFinance finance, DecisionRecord decisionRecord) {
    this(engine, finance, LocalPlatformFacts.none(), decisionRecord);
  }

  public ProgrammeStatusService(ProcessEngine engine, ProgrammeFinance finance, LocalPlatformFacts localPlatforms,
      DecisionRecord decisionRecord) {
    this.localPlatforms = localPlatforms;
    this.decisionRecord = decisionRecord;
    this.runtime = engine.getRuntimeService();
    this.history = engine.getHistoryService();
    this.management = engine.getManagementService();
    this.repository = engine.getRepositoryService();
    this.finance = finance;
  }

  // ---------------------------------------------------------------- finding programmes

  /** Every programme instance, running or finished, newest first. */
  public List<HistoricProcessInstance> programmes() {
    return programmes(null);
  }

  /** The same, of one definition version when {@code processDefinitionId} is given (else of all of them). */
  public List<HistoricProcessInstance> programmes(String processDefinitionId) {
    var query = history.createHistoricProcessInstanceQuery().processDefinitionKey(ProgrammeStepElements.PROCESS_KEY);
    if (processDefinitionId != null && !processDefinitionId.isBlank()) {
      query.processDefinitionId(processDefinitionId);
    }
    // the id breaks ties of the same millisecond, so a page never repeats or skips a programme of the one before
    return query.orderByProcessInstanceStartTime().desc().orderByProcessInstanceId().desc().list();
  }

  /**
   * The programme a process instance belongs to: the instance itself when it is a programme, else the programme that
   * called it (an oversight review or a risk), so Cockpit's tab works on every page of the programme.
   */
  public Optional<HistoricProcessInstance> programmeOfInstance(String processInstanceId) {
    HistoricProcessInstance instance = processInstanceId == null ? null
        : history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
    int depth = 0;
    while (instance != null && depth++ < 10) {
      if (ProgrammeStepElements.PROCESS_KEY.equals(instance.getProcessDefinitionKey())) {
        return Optional.of(instance);
      }
      String parent = instance.getSuperProcessInstanceId();
      instance = parent == null ? null
          : history.createHistoricProcessInstanceQuery().processInstanceId(parent).singleResult();
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- status

  /**
   * What a programme's status is computed from, whether read for one programme or for many at once.
   *
   * @param activities its historic activity instances, oldest first
   * @param active activity id -> name of everything open now (empty once it ended)
   * @param implementation the variables of the latest implementation it called, null before it reached it
   */
  private record Facts(Map<String, Object> vars, List<HistoricActivityInstance> activities,
      Map<String, String> active, List<ReviewWithDecisions> reviews, List<RiskStatusView> risks,
      Map<String, Object> implementation, PlanStatus plan) {}

  public ProgrammeStatus status(HistoricProcessInstance programme) {
    return status(programme, facts(programme, STATUS_VARIABLES, IMPLEMENTATION_STATUS_VARIABLES));
  }

  /**
   * The status of each programme, in the order given, from a fixed number of set-based queries (not one set per
   * programme): the same statuses as {@link #status} of each.
   */
  public List<ProgrammeStatus> statuses(List<HistoricProcessInstance> programmes) {
    Map<String, Facts> facts = facts(programmes);
    return programmes.stream().map(programme -> status(programme, facts.get(programme.getId()))).toList();
  }

  public ProgrammeDetails details(HistoricProcessInstance programme) {
    Facts facts = facts(programme, PROGRAMME_VARIABLES, IMPLEMENTATION_VARIABLES);
    ProgrammeStatus status = status(programme, facts);
    DecisionRecord.Checked decisions = decisions(status.code());
    return new ProgrammeDetails(status, decisions.entries(), decisions.chain(),
        facts.reviews().stream().map(ReviewWithDecisions::review).toList(), facts.risks(),
        finance.pledges(status.code()),
        localPlatforms.of(status.code(), ClockUtil.getCurrentTime().toInstant()), setUp(facts.vars(), decisions),
        ProgrammeProcess.Variables.COORDINATION_STRUCTURES.from(facts.vars()).get(),
        ProgrammeProcess.Variables.OVERSIGHT_CHARTERS.from(facts.vars()).get(),
        facts.implementation() == null ? null : ImplementationProgress.of(facts.implementation()));
  }

  /** One programme's facts, with its own queries (the runtime's activity-instance tree for what is open). */
  private Facts facts(HistoricProcessInstance programme, List<Variable<?>> programmeVariables,
      List<Variable<?>> implementationVariables) {
    Map<String, Object> vars = variables(programme.getId(), programmeVariables);
    List<HistoricActivityInstance> activities = sortedActivities(history.createHistoricActivityInstanceQuery()
        .processInstanceId(programme.getId())
        .list());
    Map<String, String> active = programme.getEndTime() == null ? activeElements(programme.getId()) : Map.of();
    Set<String> calledIds = calledIds(activities);
    List<HistoricProcessInstance> called = calledIds.isEmpty() ? List.of()
        : sortedInstances(history.createHistoricProcessInstanceQuery().processInstanceIds(calledIds).list());
    List<HistoricProcessInstance> reviews = ofKey(called, OversightReviewProcess.KEY);
    List<HistoricProcessInstance> risks = ofKey(called, RiskHandlingProcess.KEY);
    List<HistoricProcessInstance> implementations = ofKey(called, ImplementationProcess.KEY);
    Map<String, Map<String, Object>> reviewVars = new HashMap<>();
    reviews.forEach(r -> reviewVars.put(r.getId(), variables(r.getId(), REVIEW_VARIABLES)));
    Map<String, Map<String, Object>> riskVars = new HashMap<>();
    risks.forEach(r -> riskVars.put(r.getId(), variables(r.getId(), RISK_VARIABLES)));
    Map<String, Object> implementation = implementations.isEmpty() ? null
        : variables(implementations.get(implementations.size() - 1).getId(), implementationVariables);
    String code = code(programme, vars);
    return new Facts(vars, activities, active, reviews(reviews, reviewVars), risks(risks, riskVars), implementation,
        code == null ? null : finance.latestPlan(code).orElse(null));
  }

  /**
   * The facts of many programmes from a fixed number of queries: their variables, their activity instances (the
   * unfinished ones and the waiting asynchronous continuations are what is open now, as in the runtime's tree), the
   * instances they called and those instances' variables, and the latest plans.
   */
  private Map<String, Facts> facts(List<HistoricProcessInstance> programmes) {
    List<String> ids = programmes.stream().map(HistoricProcessInstance::getId).toList();
    Map<String, Map<String, Object>> vars = variables(ids, STATUS_VARIABLES);
    Map<String, List<HistoricActivityInstance>> activities = new HashMap<>();
    String activityTable = management.getTableName(HistoricActivityInstance.class);
    for (List<String> chunk : chunks(ids)) {
      in(history.createNativeHistoricActivityInstanceQuery(), "SELECT * FROM " + activityTable
          + " WHERE PROC_INST_ID_ IN ", chunk).list()
          .forEach(a -> activities.computeIfAbsent(a.getProcessInstanceId(), k -> new ArrayList<>()).add(a));
    }
    activities.replaceAll((id, list) -> sortedActivities(list));
    Set<String> running = new java.util.HashSet<>();
    programmes.stream().filter(p -> p.getEndTime() == null).forEach(p -> running.add(p.getId()));
    // asynchronous continuations waiting in a job: the activity is its job definition's
    List<Job> jobs = new ArrayList<>();
    for (List<String> chunk : chunks(List.copyOf(running))) {
      jobs.addAll(management.createJobQuery().processInstanceIds(new java.util.HashSet<>(chunk)).list());
    }
    Map<String, JobDefinition> definitions = new HashMap<>();
    if (!jobs.isEmpty()) {
      management.createJobDefinitionQuery().processDefinitionKey(ProgrammeStepElements.PROCESS_KEY)
          .jobType(ASYNC_CONTINUATION).list().forEach(definition -> definitions.put(definition.getId(), definition));
    }
    Map<String, List<Job>> continuations = new HashMap<>();
    Map<String, String> continuationActivities = new HashMap<>();
    for (Job job : jobs) {
      JobDefinition definition = definitions.get(job.getJobDefinitionId());
      if (definition != null) {
        continuations.computeIfAbsent(job.getProcessInstanceId(), k -> new ArrayList<>()).add(job);
        continuationActivities.put(job.getId(), definition.getActivityId());
      }
    }

    List<String> calledIds = List.copyOf(calledIds(activities.values().stream().flatMap(List::stream).toList()));
    Map<String, List<HistoricProcessInstance>> called = new HashMap<>();
    String instanceTable = management.getTableName(HistoricProcessInstance.class);
    for (List<String> chunk : chunks(calledIds)) {
      in(history.createNativeHistoricProcessInstanceQuery(), "SELECT * FROM " + instanceTable + " WHERE ID_ IN ",
          chunk).list()
          .forEach(c -> called.computeIfAbsent(c.getSuperProcessInstanceId(), k -> new ArrayList<>()).add(c));
    }
    called.replaceAll((id, list) -> sortedInstances(list));
    List<String> reviewIds = new ArrayList<>();
    List<String> riskIds = new ArrayList<>();
    List<String> implementationIds = new ArrayList<>();
    // the status counts open reviews and open risks only, and an instance that ended is never open: the ended ones
    // (most of a long programme's, whose JSON values the engine reads one byte array at a time) are left out
    called.replaceAll((id, list) -> list.stream().filter(c -> c.getEndTime() == null
        || ImplementationProcess.KEY.equals(c.getProcessDefinitionKey())).toList());
    called.values().forEach(list -> {
      ofKey(list, OversightReviewProcess.KEY).forEach(r -> reviewIds.add(r.getId()));
      ofKey(list, RiskHandlingProcess.KEY).forEach(r -> riskIds.add(r.getId()));
      List<HistoricProcessInstance> implementations = ofKey(list, ImplementationProcess.KEY);
      if (!implementations.isEmpty()) {
        implementationIds.add(implementations.get(implementations.size() - 1).getId());
      }
    });
    Map<String, Map<String, Object>> reviewVars = variables(reviewIds, REVIEW_VARIABLES);
    Map<String, Map<String, Object>> riskVars = variables(riskIds, RISK_VARIABLES);
    Map<String, Map<String, Object>> implementationVars = variables(implementationIds,
        IMPLEMENTATION_STATUS_VARIABLES);

    Map<String, String> codes = new HashMap<>();
    programmes.forEach(p -> {
      String code = code(p, vars.getOrDefault(p.getId(), Map.of()));
      if (code != null) {
        codes.put(p.getId(), code);
      }
    });
    Map<String, PlanStatus> plans = finance.latestPlans(new java.util.LinkedHashSet<>(codes.values()));

    Map<String, Facts> facts = new HashMap<>();
    for (HistoricProcessInstance programme : programmes) {
      String id = programme.getId();
      List<HistoricActivityInstance> own = activities.getOrDefault(id, List.of());
      List<HistoricProcessInstance> children = called.getOrDefault(id, List.of());
      List<HistoricProcessInstance> implementations = ofKey(children, ImplementationProcess.KEY);
      Map<String, Object> implementation = implementations.isEmpty() ? null
          : implementationVars.getOrDefault(implementations.get(implementations.size() - 1).getId(), Map.of());
      Map<String, String> active = running.contains(id)
          ? openElements(own, continuations.getOrDefault(id, List.of()), continuationActivities) : Map.of();
      facts.put(id, new Facts(vars.getOrDefault(id, Map.of()), own, active,
          reviews(ofKey(children, OversightReviewProcess.KEY), reviewVars),
          risks(ofKey(children, RiskHandlingProcess.KEY), riskVars), implementation, plans.get(codes.get(id))));
    }
    return facts;
  }

  /**
   * What is open in a running programme, read from its history the way the runtime's activity-instance tree shows it:
   * every activity instance that has not ended (containers without a name), then every asynchronous continuation
   * waiting in a job (a transition instance in the tree), named as in the model.
   */
  private Map<String, String> openElements(List<HistoricActivityInstance> activities, List<Job> continuations,
      Map<String, String> continuationActivities) {
    Map<String, String> active = new LinkedHashMap<>();
    for (HistoricActivityInstance activity : activities) {
      if (activity.getEndTime() == null) {
        boolean container = CONTAINERS.contains(activity.getActivityType());
        active.putIfAbsent(activity.getActivityId(), container ? null : activity.getActivityName());
      }
    }
    for (Job job : continuations) {
      String activityId = continuationActivities.get(job.getId());
      if (activityId != null) {
        FlowElement element = repository.getBpmnModelInstance(job.getProcessDefinitionId())
            .getModelElementById(ProgrammeStepElements.baseId(activityId));
        active.putIfAbsent(activityId, element == null ? null : element.getName());
      }
    }
    return active;
  }

  /**
   * The instances a programme called, by id from its call activities' rows: the instance table has no index on the
   * calling instance, and reading it by that column grows with every review and risk of the installation.
   */
  private static Set<String> calledIds(List<HistoricActivityInstance> activities) {
    Set<String> ids = new LinkedHashSet<>();
    activities.stream().map(HistoricActivityInstance::getCalledProcessInstanceId).filter(Objects::nonNull)
        .forEach(ids::add);
    return ids;
  }

  private static <T extends NativeQuery<?, ?>> T in(T query, String sql, List<String> ids) {
    StringBuilder list = new StringBuilder("(");
    for (int i = 0; i < ids.size(); i++) {
      list.append(i == 0 ? "" : ", ").append("#{id").append(i).append('}');
      query.parameter("id" + i, ids.get(i));
    }
    @SuppressWarnings("unchecked")
    T withSql = (T) query.sql(sql + list.append(')'));
    return withSql;
  }

  static <T> List<List<T>> chunks(List<T> all) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < all.size(); from += IN_LIST) {
      chunks.add(all.subList(from, Math.min(all.size(), from + IN_LIST)));
    }
    return chunks;
  }

  /** Oldest first; instances started in the same millisecond by id, so both ways of reading agree. */
  private static List<HistoricProcessInstance> sortedInstances(List<HistoricProcessInstance> instances) {
    List<HistoricProcessInstance> sorted = new ArrayList<>(instances);
    sorted.sort(Comparator.comparing(HistoricProcessInstance::getStartTime, Comparator.nullsFirst(
        Comparator.naturalOrder())).thenComparing(HistoricProcessInstance::getId));
    return sorted;
  }

  private static List<HistoricActivityInstance> sortedActivities(List<HistoricActivityInstance> activities) {
    List<HistoricActivityInstance> sorted = new ArrayList<>(activities);
    sorted.sort(Comparator.comparing(HistoricActivityInstance::getStartTime, Comparator.nullsFirst(
        Comparator.naturalOrder())).thenComparing(HistoricActivityInstance::getId));
    return sorted;
  }

  private static List<HistoricProcessInstance> ofKey(List<HistoricProcessInstance> instances, String key) {
    return instances.stream().filter(i -> key.equals(i.getProcessDefinitionKey())).toList();
  }

  private static String code(HistoricProcessInstance programme, Map<String, Object> vars) {
    return ProgrammeProcess.Variables.PROGRAMME_CODE.from(vars).orElse(programme.getBusinessKey());
  }

  /** The programme's decision record, oldest first, with its chain checked. */
  public DecisionRecord.Checked decisions(String programmeCode) {
    if (programmeCode == null) {
      return new DecisionRecord.Checked(List.of(), DecisionChain.verify(List.of()));
    }
    return decisionRecord.checked(programmeCode);
  }

  /** The set-up as recorded, and the segments' consents and dissents as the decision record holds them. */
  private static ProgrammeSetUpFacts setUp(Map<String, Object> vars, DecisionRecord.Checked decisions) {
    var context = ProgrammeProcess.Variables.REFORM_CONTEXT.from(vars).get();
    return new ProgrammeSetUpFacts(context == null ? null : context.id(),
        ProgrammeProcess.Variables.REQUIRED_SEGMENTS.from(vars).get(),
        ProgrammeProcess.Variables.SEGMENTS_JUSTIFICATION.from(vars).get(),
        ProgrammeProcess.Variables.NATIONAL_SHARE_TARGET.from(vars).get(),
        ConsentService.records(decisions.entries()),
        Languages.orEnglish(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.from(vars).get()));
  }

  private ProgrammeStatus status(HistoricProcessInstance programme, Facts facts) {
    Map<String, Object> vars = facts.vars();
    List<ReviewWithDecisions> reviews = facts.reviews();
    List<RiskStatusView> risks = facts.risks();
    String code = code(programme, vars);
    List<HistoricActivityInstance> activities = facts.activities();
    Map<String, String> active = facts.active();
    boolean running = programme.getEndTime() == null;
    String state = state(programme, activities);

    Map<Integer, String> skipped = skippedSteps(vars);
    Instant scopedAt = activities.stream()
        .filter(a -> a.getActivityId().equals(ProgrammeStepElements.RECORD_SCOPE)
            || a.getActivityId().equals(ProgrammeStepElements.SCOPE_PROGRAMME))
        .map(HistoricActivityInstance::getEndTime).filter(Objects::nonNull).map(Date::toInstant)
        .max(Comparator.naturalOrder()).orElse(null);

    long openRisks = risks.stream().filter(RiskStatusView::open).count();
    // the programme's event subprocess waits there while a hold keeps the track's work suspended
    boolean trackHeld = active.containsKey(ProgrammeStepElements.TRACK_HELD_UNTIL_RESUMED);
    List<StepStatus> steps = new ArrayList<>();
    for (ProgrammeStep step : ProgrammeStep.values()) {
      if (step == ProgrammeStep.RISK_MANAGEMENT) {
        steps.add(riskManagement(step, programme, active, openRisks));
        continue;
      }
      steps.add(step(step, activities, active, skipped, scopedAt,
          trackHeld && step.number() >= 4 && step.number() <= 10));
    }

    List<ReviewStatus> openReviews = reviews.stream().map(ReviewWithDecisions::review).filter(ReviewStatus::open)
        .toList();
    Map<String, Integer> risksByLevel = new LinkedHashMap<>();
    for (RiskLevel level : RiskLevel.values()) {
      risksByLevel.put(level.id(), 0);
    }
    risks.stream().filter(RiskStatusView::open)
        .forEach(r -> risksByLevel.merge(r.level() == null ? "unrated" : r.level(), 1, Integer::sum));

    Execution execution = Execution.of(facts.implementation());
    String endReason = ProgrammeProcess.Variables.PROGRAMME_END_REASON.from(vars).get();
    if (endReason == null && ProgrammeStatus.CANCELLED.equals(state)) {
      endReason = programme.getDeleteReason();
    }
    return new ProgrammeStatus(code, ProgrammeProcess.Variables.PROGRAMME_NAME.from(vars).get(),
        ProgrammeProcess.Variables.COUNTRY.from(vars).get(), ProgrammeProcess.Variables.PROGRAMME_TERM.from(vars).get(),
        programme.getId(), state, stateLabel(state), running ? null : endReason,
        instant(programme.getStartTime()), instant(programme.getEndTime()), programme.getStartUserId(),
        running && ProgrammeProcess.Variables.TRANSFORMATION_ON_HOLD.from(vars).orElse(false), steps, openReviews,
        risksByLevel, facts.plan(), phase(activities), cycleYear(facts.implementation()), execution.rate(),
        execution.year());
  }

  /** Where the programme is, or was when it ended: before, past or at the end of "ready for implementation". */
  private static String phase(List<HistoricActivityInstance> activities) {
    Set<String> passed = new java.util.HashSet<>();
    activities.forEach(a -> passed.add(a.getActivityId()));
    if (passed.contains(ProgrammeStepElements.END_CLOSED)) {
      return ProgrammeStatus.CLOSED;
    }
    return passed.contains(ProgrammeStepElements.END_READY) ? ProgrammeStatus.IMPLEMENTATION
        : ProgrammeStatus.PREPARATION;
  }

  private static Integer cycleYear(Map<String, Object> implementation) {
    return implementation == null ? null : ImplementationProcess.Variables.CYCLE_YEAR.from(implementation).orElse(0);
  }

  /** The total execution rate of the latest imported budget execution (finance's budgetExecutionRates). */
  record Execution(BigDecimal rate, Integer year) {
    static final Execution NONE = new Execution(null, null);

    static Execution of(Map<String, Object> implementation) {
      if (implementation == null) {
        return NONE;
      }
      List<Map<String, Object>> rates = ImplementationProcess.Variables.BUDGET_EXECUTION_RATES.from(implementation)
          .orElse(List.of());
      // the last entry is the total ("Total"), after one per institution
      return rates.isEmpty() ? NONE : new Execution(decimal(rates.get(rates.size() - 1).get("executionRate")),
          rates.get(rates.size() - 1).get("year") instanceof Number year ? year.intValue() : null);
    }

    private static BigDecimal decimal(Object value) {
      return value instanceof Number number ? new BigDecimal(number.toString()) : null;
    }
  }

  private StepStatus step(ProgrammeStep step, List<HistoricActivityInstance> activities, Map<String, String> active,
      Map<Integer, String> skipped, Instant scopedAt, boolean held) {
    List<String> elements = ProgrammeStepElements.of(step);
    Set<String> activeHere = new LinkedHashSet<>();
    List<String> activeNames = new ArrayList<>();
    active.forEach((id, name) -> {
      if (elements.contains(ProgrammeStepElements.baseId(id))) {
        activeHere.add(ProgrammeStepElements.baseId(id));
        if (name != null && !activeNames.contains(name)) {
          activeNames.add(name);
        }
      }
    });
    List<HistoricActivityInstance> past = activities.stream()
        .filter(a -> elements.contains(ProgrammeStepElements.baseId(a.getActivityId())))
        .toList();
    Instant started = past.stream().map(HistoricActivityInstance::getStartTime).filter(Objects::nonNull)
        .map(Date::toInstant).min(Comparator.naturalOrder()).orElse(null);

    if (!activeHere.isEmpty()) {
      String note = null;
      if (held || ProgrammeStepElements.HOLD_EVENTS.containsAll(activeHere)) {
        note = "On hold: a critical risk holds the transformation track; the step waits until it is resumed.";
      } else if (activeHere.equals(Set.of(ProgrammeStepElements.WAIT_FOR_OVERSIGHT))) {
        note = "Waiting until oversight is in place (step 11) before the oversight review.";
      }
      return new StepStatus(step.number(), step.title(), StepState.ACTIVE, StepState.ACTIVE.label(), started, null,
          null, activeNames, note);
    }
    if (skipped.containsKey(step.number())) {
      return new StepStatus(step.number(), step.title(), StepState.SKIPPED, StepState.SKIPPED.label(), null,
          scopedAt, skipped.get(step.number()), List.of(), null);
    }
    if (past.isEmpty()) {
      return new StepStatus(step.number(), step.title(), StepState.NOT_STARTED, StepState.NOT_STARTED.label(), null,
          null, null, List.of(), null);
    }
    HistoricActivityInstance last = past.stream().filter(a -> a.getEndTime() != null)
        .max(Comparator.comparing(HistoricActivityInstance::getEndTime))
        .orElse(null);
    Instant ended = last == null ? null : last.getEndTime().toInstant();
    StepState state = last != null && last.isCanceled() ? StepState.STOPPED : StepState.DONE;
    return new StepStatus(step.number(), step.title(), state, state.label(), started, ended, null, List.of(), null);
  }

  /** Step 12 runs throughout the programme: a risk may be reported at any time until it ends. */
  private StepStatus riskManagement(ProgrammeStep step, HistoricProcessInstance programme, Map<String, String> active,
      long openRisks) {
    List<String> names = active.entrySet().stream()
        .filter(e -> ProgrammeStepElements.of(step).contains(ProgrammeStepElements.baseId(e.getKey())))
        .map(Map.Entry::getValue).filter(Objects::nonNull).distinct().toList();
    String note = openRisks == 0 ? "No open risk." : openRisks + " open risk(s).";
    StepState state = programme.getEndTime() == null ? StepState.ACTIVE : StepState.DONE;
    return new StepStatus(step.number(), step.title(), state, state.label(), instant(programme.getStartTime()),
        instant(programme.getEndTime()), null, names, note);
  }

  private static String state(HistoricProcessInstance programme, List<HistoricActivityInstance> activities) {
    Set<String> passed = new java.util.HashSet<>();
    activities.forEach(a -> passed.add(a.getActivityId()));
    if (programme.getEndTime() == null) {
      return passed.contains(ProgrammeStepElements.END_READY) ? ProgrammeStatus.IN_IMPLEMENTATION
          : ProgrammeStatus.RUNNING;
    }
    if (passed.contains(ProgrammeStepElements.END_BY_CRITICAL_RISK)) {
      return ProgrammeSummary.ENDED_BY_CRITICAL_RISK;
    }
    if (passed.contains(ProgrammeStepElements.END_CLOSED)) {
      return ProgrammeStatus.CLOSED;
    }
    if (passed.contains(ProgrammeStepElements.END_READY)) {
      return ProgrammeSummary.READY_FOR_IMPLEMENTATION;
    }
    return ProgrammeStatus.CANCELLED;
  }

  public static String stateLabel(String state) {
    return switch (state) {
      case ProgrammeStatus.RUNNING -> "Running";
      case ProgrammeStatus.IN_IMPLEMENTATION -> "In implementation";
      case ProgrammeStatus.CLOSED -> "Closed";
      case ProgrammeSummary.READY_FOR_IMPLEMENTATION -> "Ready for implementation";
      case ProgrammeSummary.ENDED_BY_CRITICAL_RISK -> "Ended by a critical risk";
      default -> "Cancelled";
    };
  }

  /** Activity id -> name of everything open in the running instance, including jobs waiting to continue. */
  private Map<String, String> activeElements(String processInstanceId) {
    Map<String, String> active = new LinkedHashMap<>();
    ActivityInstance root = runtime.getActivityInstance(processInstanceId);
    if (root != null) {
      collect(root, active);
    }
    return active;
  }

  private static void collect(ActivityInstance instance, Map<String, String> into) {
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      // a (multi-instance) subprocess is open while its tasks are: name the tasks, not the container
      boolean container = CONTAINERS.contains(child.getActivityType());
      into.putIfAbsent(child.getActivityId(), container ? null : child.getActivityName());
      collect(child, into);
    }
    for (TransitionInstance transition : instance.getChildTransitionInstances()) {
      into.putIfAbsent(transition.getActivityId(), transition.getActivityName());
    }
  }

  // ---------------------------------------------------------------- scope

  /**
   * Step number -> justification for every step scoping declared not applicable: the records of skippedSteps
   * ({step, applies, justification}) and, for a step without a record, the gateways' applyStepN flags.
   */
  static Map<Integer, String> skippedSteps(Map<String, ?> vars) {
    Map<Integer, String> skipped = new LinkedHashMap<>();
    for (Map<String, Object> entry : ProgrammeProcess.Variables.SKIPPED_STEPS.from(vars).get()) {
      Integer step = entry.get("step") instanceof Number number ? Integer.valueOf(number.intValue()) : null;
      if (step != null && !Boolean.TRUE.equals(entry.get("applies"))) {
        skipped.putIfAbsent(step, entry.get("justification") instanceof String text ? text : null);
      }
    }
    for (ProgrammeStep step : ProgrammeStep.optionalSteps()) {
      if (Boolean.FALSE.equals(ProgrammeProcess.Variables.applyStep(step.number()).from(vars).get())) {
        skipped.putIfAbsent(step.number(), null);
      }
    }
    skipped.replaceAll((step, text) -> text == null || text.isBlank() ? null : text);
    return skipped;
  }

  // ---------------------------------------------------------------- reviews and decisions

  private record ReviewWithDecisions(ReviewStatus review, List<ReviewDecisionRecord> decisions) {}

  private static List<ReviewWithDecisions> reviews(List<HistoricProcessInstance> called,
      Map<String, Map<String, Object>> variables) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<ReviewWithDecisions> reviews = new ArrayList<>();
    for (HistoricProcessInstance review : called) {
      Map<String, Object> vars = variables.getOrDefault(review.getId(), Map.of());
      List<ReviewDecisionRecord> decisions =
          DecisionLog.read(OversightReviewProcess.Variables.REVIEW_DECISIONS.from(vars).get());
      List<String> groups = OversightReviewProcess.Variables.REVIEW_GROUPS.from(vars).get();
      List<String> waiting = new ArrayList<>(groups);
      decisions.forEach(d -> waiting.remove(d.group()));
      boolean open = review.getEndTime() == null;
      Instant due = instant(OversightReviewProcess.Variables.REVIEW_DUE_DATE.from(vars).get());
      boolean overdue = open && due != null && now.isAfter(due);
      long days = overdue ? Duration.between(due, now).toDays() : 0;
      reviews.add(new ReviewWithDecisions(new ReviewStatus(review.getId(),
          OversightReviewProcess.Variables.REVIEW_KIND.from(vars).get(),
          OversightReviewProcess.Variables.REVIEW_SUBJECT.from(vars).get(),
          OversightReviewProcess.Variables.REVIEW_VERSION.from(vars).get(), groups, instant(review.getStartTime()),
          due, instant(review.getEndTime()), open, overdue, days, open ? waiting : List.of(),
          open ? null : OversightReviewProcess.Variables.REVIEW_OUTCOME.from(vars).get()), decisions));
    }
    return reviews;
  }

  // ---------------------------------------------------------------- risks

  private static List<RiskStatusView> risks(List<HistoricProcessInstance> called,
      Map<String, Map<String, Object>> variables) {
    List<RiskStatusView> risks = new ArrayList<>();
    for (HistoricProcessInstance risk : called) {
      Map<String, Object> vars = variables.getOrDefault(risk.getId(), Map.of());
      String status = RiskHandlingProcess.Variables.RISK_STATUS.from(vars).get();
      RiskStatus known = null;
      try {
        known = status == null ? RiskStatus.REPORTED : RiskStatus.valueOf(status);
      } catch (IllegalArgumentException unknown) {
        // a status this version does not know: shown as stored
      }
      boolean open = risk.getEndTime() == null && (known == null || known.isOpen());
      List<RiskEvent> log = RiskHandlingProcess.Variables.RISK_LOG.from(vars).orElse(List.of());
      RiskLevel level = RiskHandlingProcess.Variables.RISK_LEVEL.from(vars).get();
      risks.add(new RiskStatusView(risk.getId(), RiskHandlingProcess.Variables.RISK_ID.from(vars).get(),
          RiskHandlingProcess.Variables.RISK_TITLE.from(vars).get(),
          RiskHandlingProcess.Variables.RISK_CATEGORY.from(vars).get(),
          RiskHandlingProcess.Variables.RISK_REPORTED_BY.from(vars).get(), instant(risk.getStartTime()),
          instant(risk.getEndTime()), level == null ? null : level.id(),
          known == null ? status : known.name(), known == null ? status : known.label(),
          RiskHandlingProcess.Variables.RISK_OWNER.from(vars).get(), open, log));
    }
    return risks;
  }

  // ---------------------------------------------------------------- engine reads

  /** What monitoring reads of a risk, declared by its catalogue. */
  static final List<Variable<?>> RISK_VARIABLES = List.of(
      RiskHandlingProcess.Variables.RISK_ID,
      RiskHandlingProcess.Variables.RISK_TITLE,
      RiskHandlingProcess.Variables.RISK_CATEGORY,
      RiskHandlingProcess.Variables.RISK_REPORTED_BY,
      RiskHandlingProcess.Variables.RISK_LEVEL,
      RiskHandlingProcess.Variables.RISK_STATUS,
      RiskHandlingProcess.Variables.RISK_OWNER,
      RiskHandlingProcess.Variables.RISK_LOG);

  /** The current values of the variables (running or finished instance), process scope first, as stored. */
  Map<String, Object> variables(String processInstanceId, Collection<? extends Variable<?>> variables) {
    return current(processInstanceId, history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId)
        .variableNameIn(names(variables))
        .list());
  }

  /** The same for many instances at once: instance id -> its values (an instance without any is left out). */
  Map<String, Map<String, Object>> variables(List<String> processInstanceIds,
      Collection<? extends Variable<?>> variables) {
    Map<String, List<HistoricVariableInstance>> byInstance = new HashMap<>();
    for (List<String> chunk : chunks(processInstanceIds)) {
      history.createHistoricVariableInstanceQuery()
          .processInstanceIdIn(chunk.toArray(String[]::new))
          .variableNameIn(names(variables))
          .list()
          .forEach(v -> byInstance.computeIfAbsent(v.getProcessInstanceId(), k -> new ArrayList<>()).add(v));
    }
    Map<String, Map<String, Object>> values = new HashMap<>();
    byInstance.forEach((id, list) -> values.put(id, current(id, list)));
    return values;
  }

  private static String[] names(Collection<? extends Variable<?>> variables) {
    return variables.stream().map(Variable::name).toArray(String[]::new);
  }

  /**
   * A variable of the process scope wins over a local one of the same name; among local ones the oldest (then the
   * lowest id), so the answer does not depend on the order the database returns rows in.
   */
  private static Map<String, Object> current(String processInstanceId, List<HistoricVariableInstance> found) {
    List<HistoricVariableInstance> sorted = new ArrayList<>(found);
    sorted.sort(Comparator.comparing((HistoricVariableInstance v) -> !processInstanceId.equals(v.getActivityInstanceId()))
        .thenComparing(HistoricVariableInstance::getCreateTime, Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(HistoricVariableInstance::getId));
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance variable : sorted) {
      if (!"DELETED".equals(variable.getState()) && !values.containsKey(variable.getName())) {
        values.put(variable.getName(), variable.getValue());
      }
    }
    return values;
  }

  // ---------------------------------------------------------------- values

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
