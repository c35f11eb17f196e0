package org.ssr.workflow.monitoring;

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
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
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
 * <p>Reads everything it is given: the caller decides beforehand whether the user may see the programme
 * ({@link ProgrammeAccess}) and runs this without the user's authentication.
 */
public class ProgrammeStatusService {

  /** What monitoring reads of a programme, declared by the programme's catalogue. */
  static final List<Variable<?>> PROGRAMME_VARIABLES;

  static {
    List<Variable<?>> read = new ArrayList<>(List.of(ProgrammeProcess.Variables.PROGRAMME_CODE,
        ProgrammeProcess.Variables.PROGRAMME_NAME, ProgrammeProcess.Variables.PROGRAMME_TERM,
        ProgrammeProcess.Variables.COUNTRY,
        ProgrammeProcess.Variables.SKIPPED_STEPS, ProgrammeProcess.Variables.TRANSFORMATION_ON_HOLD,
        ProgrammeProcess.Variables.PROGRAMME_END_REASON, ProgrammeProcess.Variables.REFORM_CONTEXT,
        ProgrammeProcess.Variables.REQUIRED_SEGMENTS, ProgrammeProcess.Variables.SEGMENTS_JUSTIFICATION,
        ProgrammeProcess.Variables.NATIONAL_SHARE_TARGET,
        ProgrammeProcess.Variables.COORDINATION_STRUCTURES, ProgrammeProcess.Variables.OVERSIGHT_CHARTERS));
    ProgrammeStep.optionalSteps().forEach(step -> read.add(ProgrammeProcess.Variables.applyStep(step.number())));
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

  /** What monitoring reads of the implementation a programme called, declared by its catalogue. */
  static final List<Variable<?>> IMPLEMENTATION_VARIABLES = List.of(
      ImplementationProcess.Variables.BASELINE_ACTIONS,
      ImplementationProcess.Variables.BASELINE_VERSION,
      ImplementationProcess.Variables.IMPLEMENTATION_STATUS,
      ImplementationProcess.Variables.CYCLE_YEAR,
      ImplementationProcess.Variables.REPORTING_YEAR,
      ImplementationProcess.Variables.IMPLEMENTATION_REPORTS);

  private static final Set<String> CONTAINERS = Set.of("subProcess", "multiInstanceBody", "eventSubProcess",
      "transaction");

  private final RuntimeService runtime;
  private final HistoryService history;
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
    this.finance = finance;
  }

  // ---------------------------------------------------------------- finding programmes

  /** Every programme instance, running or finished, newest first. */
  public List<HistoricProcessInstance> programmes() {
    return history.createHistoricProcessInstanceQuery()
        .processDefinitionKey(ProgrammeStepElements.PROCESS_KEY)
        .orderByProcessInstanceStartTime().desc()
        .list();
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

  public ProgrammeStatus status(HistoricProcessInstance programme) {
    return status(programme, variables(programme.getId(), PROGRAMME_VARIABLES), reviews(programme),
        risks(programme));
  }

  public ProgrammeDetails details(HistoricProcessInstance programme) {
    Map<String, Object> vars = variables(programme.getId(), PROGRAMME_VARIABLES);
    List<ReviewWithDecisions> reviews = reviews(programme);
    List<RiskStatusView> risks = risks(programme);
    ProgrammeStatus status = status(programme, vars, reviews, risks);
    DecisionRecord.Checked decisions = decisions(status.code());
    return new ProgrammeDetails(status, decisions.entries(), decisions.chain(),
        reviews.stream().map(ReviewWithDecisions::review).toList(), risks, finance.pledges(status.code()),
        localPlatforms.of(status.code(), ClockUtil.getCurrentTime().toInstant()), setUp(vars, decisions),
        ProgrammeProcess.Variables.COORDINATION_STRUCTURES.from(vars).get(),
        ProgrammeProcess.Variables.OVERSIGHT_CHARTERS.from(vars).get(), implementation(programme));
  }

  /** The latest implementation the programme called (docs/implementation.md), null before it reached it. */
  private ImplementationProgress implementation(HistoricProcessInstance programme) {
    return history.createHistoricProcessInstanceQuery().superProcessInstanceId(programme.getId())
        .processDefinitionKey(ImplementationProcess.KEY).orderByProcessInstanceStartTime().desc().listPage(0, 1)
        .stream().findFirst()
        .map(called -> ImplementationProgress.of(variables(called.getId(), IMPLEMENTATION_VARIABLES)))
        .orElse(null);
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

  private ProgrammeStatus status(HistoricProcessInstance programme, Map<String, Object> vars,
      List<ReviewWithDecisions> reviews, List<RiskStatusView> risks) {
    String code = ProgrammeProcess.Variables.PROGRAMME_CODE.from(vars).orElse(programme.getBusinessKey());
    List<HistoricActivityInstance> activities = history.createHistoricActivityInstanceQuery()
        .processInstanceId(programme.getId())
        .list();
    Map<String, String> active = programme.getEndTime() == null ? activeElements(programme.getId()) : Map.of();
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

    String endReason = ProgrammeProcess.Variables.PROGRAMME_END_REASON.from(vars).get();
    if (endReason == null && ProgrammeStatus.CANCELLED.equals(state)) {
      endReason = programme.getDeleteReason();
    }
    return new ProgrammeStatus(code, ProgrammeProcess.Variables.PROGRAMME_NAME.from(vars).get(),
        ProgrammeProcess.Variables.COUNTRY.from(vars).get(), ProgrammeProcess.Variables.PROGRAMME_TERM.from(vars).get(),
        programme.getId(), state, stateLabel(state), running ? null : endReason,
        instant(programme.getStartTime()), instant(programme.getEndTime()), programme.getStartUserId(),
        running && ProgrammeProcess.Variables.TRANSFORMATION_ON_HOLD.from(vars).orElse(false), steps, openReviews,
        risksByLevel, code == null ? null : finance.latestPlan(code).orElse(null));
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

  private List<ReviewWithDecisions> reviews(HistoricProcessInstance programme) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    List<ReviewWithDecisions> reviews = new ArrayList<>();
    for (HistoricProcessInstance review : calledInstances(programme, OversightReviewProcess.KEY)) {
      Map<String, Object> vars = variables(review.getId(), REVIEW_VARIABLES);
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

  private List<RiskStatusView> risks(HistoricProcessInstance programme) {
    List<RiskStatusView> risks = new ArrayList<>();
    for (HistoricProcessInstance risk : calledInstances(programme, RiskHandlingProcess.KEY)) {
      Map<String, Object> vars = variables(risk.getId(), RISK_VARIABLES);
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

  /** Oversight reviews and risks: instances of the given process that the programme called, oldest first. */
  private List<HistoricProcessInstance> calledInstances(HistoricProcessInstance programme, String key) {
    return history.createHistoricProcessInstanceQuery()
        .superProcessInstanceId(programme.getId())
        .processDefinitionKey(key)
        .orderByProcessInstanceStartTime().asc()
        .list();
  }

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
    String[] names = variables.stream().map(Variable::name).toArray(String[]::new);
    Map<String, Object> values = new HashMap<>();
    Set<String> fromProcessScope = new java.util.HashSet<>();
    for (HistoricVariableInstance variable : history.createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId)
        .variableNameIn(names)
        .list()) {
      if ("DELETED".equals(variable.getState())) {
        continue;
      }
      boolean processScope = processInstanceId.equals(variable.getActivityInstanceId());
      if (processScope || (!fromProcessScope.contains(variable.getName()) && !values.containsKey(variable.getName()))) {
        values.put(variable.getName(), variable.getValue());
        if (processScope) {
          fromProcessScope.add(variable.getName());
        }
      }
    }
    return values;
  }

  // ---------------------------------------------------------------- values

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
