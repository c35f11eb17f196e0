package org.ssr.workflow.monitoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;
import org.ssr.workflow.finance.DonorAlignment;
import org.ssr.workflow.finance.PlanLine;
import org.ssr.workflow.programme.ActionIndicator;
import org.ssr.workflow.programme.ProgrammeContent.Gap;
import org.ssr.workflow.programme.ProgrammeContent.Priority;
import org.ssr.workflow.programme.ProgrammeContent.Threat;
import org.ssr.workflow.programme.TransformationAction;

/**
 * What a budget line rests on (issue 15): agreement of the dialog → priority of the National Security Policy → gap →
 * action of the strategy → plan lines (amounts) → the action's indicators; the donors' alignment with the priorities;
 * and the warnings oversight can act on, each naming what it is about ({@link Warning}). Computed from the programme's
 * content alone ({@link #of}), without the engine; {@code GET /api/programmes/{code}/traceability} and the report's
 * Traceability sheet show it.
 */
public record Traceability(
    String programmeCode,
    Integer planVersion,
    List<AgreementTrace> agreements,
    List<Threat> threats,
    List<PriorityTrace> priorities,
    List<GapTrace> gaps,
    List<ActionTrace> actions,
    List<LineTrace> linesWithoutAction,
    DonorAlignment donorAlignment,
    List<Warning> warnings) {

  /**
   * Capability spending of an institution above this many times its accountability spending is flagged: the source
   * warns of "increasing effectiveness in the absence of accountability" (docs/monitoring.md).
   */
  public static final int CAPABILITY_PER_ACCOUNTABILITY_LIMIT = 5;
  /** Ledger statuses a priority should not rest on. */
  static final Set<String> CONTESTED = Set.of("disputed", "withdrawn");

  /** An item of the dialog's agreements ledger and the priorities resting on it. */
  public record AgreementTrace(String id, String text, String status, List<String> priorityIds) {}

  /** A priority with what it rests on, what serves it, and the money planned and pledged for it. */
  public record PriorityTrace(String id, String text, List<String> agreementIds, List<String> threatIds,
      List<String> gapIds, List<String> actionIds, BigDecimal required, BigDecimal available) {}

  /** A gap with the priorities it cites and the actions that close it. */
  public record GapTrace(String id, String institution, String text, List<String> priorityIds,
      List<String> actionIds) {}

  /**
   * An action with what it cites, the priorities it serves (directly or through its gaps), its plan lines and their
   * amounts, and its indicators.
   */
  public record ActionTrace(String id, String title, String institution, String kind, List<String> gapIds,
      List<String> priorityIds, List<String> servesPriorityIds, boolean traced, BigDecimal required,
      BigDecimal available, List<LineTrace> lines, List<ActionIndicator> indicators) {}

  /** A line of the latest plan version. */
  public record LineTrace(String actionId, String institution, int year, String costCategory, String fundingSource,
      BigDecimal required, BigDecimal available) {

    static LineTrace of(PlanLine line) {
      return new LineTrace(line.actionId(), line.institution(), line.year(), line.costCategory(),
          line.fundingSource(), line.required(), line.available());
    }

    /** E.g. {@code A3 police 2027 Training National budget}. */
    String describe() {
      return (actionId == null ? "" : actionId + " ") + institution + " " + year + " " + costCategory + " "
          + fundingSource;
    }
  }

  /** What oversight can act on: the kind, what it is about (type and id) and a sentence saying so. */
  public record Warning(Kind kind, String subjectType, String subject, String message) {}

  /** The warnings and the rule each stands for (docs/monitoring.md). */
  public enum Kind {
    /** An action citing no gap and no priority at all (untagged): nothing says what it is for. */
    ACTION_CITES_NOTHING,
    /** An action citing gaps or priorities, none of which leads to a priority of the NSP. */
    ACTION_SERVES_NO_PRIORITY,
    /**
     * An action tagged neither capability nor accountability: its plan lines drop out of the
     * {@link #CAPABILITY_OUTRUNS_ACCOUNTABILITY} check.
     */
    ACTION_WITHOUT_KIND,
    /** A priority of the NSP no action serves, directly or through a gap. */
    PRIORITY_WITHOUT_ACTION,
    /** A plan line paying for an action that serves no priority. */
    LINE_FUNDS_UNTRACED_ACTION,
    /** A plan line of an institution tied to no action. */
    LINE_WITHOUT_ACTION,
    /** A priority citing no agreement of the dialog. */
    PRIORITY_WITHOUT_AGREEMENT,
    /** A priority citing an agreement that is disputed, withdrawn or not in the ledger. */
    PRIORITY_ON_CONTESTED_AGREEMENT,
    /** An institution's capability spending above {@link #CAPABILITY_PER_ACCOUNTABILITY_LIMIT} times its
     * accountability spending. */
    CAPABILITY_OUTRUNS_ACCOUNTABILITY,
    /** The plan's national share below the target set at set-up. */
    NATIONAL_SHARE_BELOW_TARGET
  }

  /**
   * @param ledger the agreements ledger's records ({@code id, text, status}; see
   *     {@code ProgrammeProcess.Variables.AGREEMENT_LEDGER})
   * @param planVersion the plan version the lines are of, null without a plan
   * @param alignment the donors' alignment, null when there is nothing to show
   */
  public static Traceability of(String code, List<Map<String, Object>> ledger, List<Threat> threats,
      List<Priority> priorities, List<Gap> gaps, List<TransformationAction> actions, Integer planVersion,
      List<PlanLine> lines, DonorAlignment alignment) {
    return of(code, ledger, threats, priorities, gaps, actions, planVersion, lines, alignment, Languages.ENGLISH);
  }

  /** The same, the warnings' messages in {@code language} (the programme's: oversight acts on them). */
  public static Traceability of(String code, List<Map<String, Object>> ledger, List<Threat> threats,
      List<Priority> priorities, List<Gap> gaps, List<TransformationAction> actions, Integer planVersion,
      List<PlanLine> lines, DonorAlignment alignment, String language) {
    Messages words = Messages.of(ReportWords.BUNDLE, language);
    String nsp = Messages.of("glossary", language).text("term.nsp");
    List<Warning> warnings = new ArrayList<>();
    Map<String, Map<String, Object>> agreementsById = new LinkedHashMap<>();
    ledger.forEach(item -> agreementsById.put(text(item.get("id")), item));

    Map<String, Gap> gapsById = new LinkedHashMap<>();
    gaps.forEach(gap -> gapsById.put(gap.id(), gap));
    Set<String> priorityIds = new LinkedHashSet<>();
    priorities.forEach(p -> priorityIds.add(p.id()));

    // lines per action (by id, case as the plan reader keeps it)
    Map<String, List<PlanLine>> linesByAction = new LinkedHashMap<>();
    List<LineTrace> withoutAction = new ArrayList<>();
    for (PlanLine line : lines) {
      if (line.actionId() == null) {
        withoutAction.add(LineTrace.of(line));
        warnings.add(new Warning(Kind.LINE_WITHOUT_ACTION, "planLine", LineTrace.of(line).describe(),
            words.text("warning.LINE_WITHOUT_ACTION", LineTrace.of(line).describe(), line.required())));
      } else {
        linesByAction.computeIfAbsent(key(line.actionId()), k -> new ArrayList<>()).add(line);
      }
    }

    // actions: what they serve
    List<ActionTrace> actionTraces = new ArrayList<>();
    Map<String, Set<String>> actionsOfPriority = new LinkedHashMap<>();
    Map<String, Set<String>> actionsOfGap = new LinkedHashMap<>();
    Map<String, BigDecimal[]> moneyOfPriority = new LinkedHashMap<>();
    Map<String, BigDecimal[]> kindsOfInstitution = new TreeMap<>();
    for (TransformationAction action : actions) {
      Set<String> serves = new LinkedHashSet<>();
      action.priorityIds().stream().filter(priorityIds::contains).forEach(serves::add);
      for (String gapId : action.gapIds()) {
        actionsOfGap.computeIfAbsent(gapId, k -> new LinkedHashSet<>()).add(action.id());
        Gap gap = gapsById.get(gapId);
        if (gap != null) {
          gap.priorityIds().stream().filter(priorityIds::contains).forEach(serves::add);
        }
      }
      serves.forEach(p -> actionsOfPriority.computeIfAbsent(p, k -> new LinkedHashSet<>()).add(action.id()));
      List<PlanLine> own = linesByAction.getOrDefault(key(action.id()), List.of());
      BigDecimal required = sum(own, true);
      BigDecimal available = sum(own, false);
      for (String p : serves) {
        BigDecimal[] money = moneyOfPriority.computeIfAbsent(p, k -> new BigDecimal[] {zero(), zero()});
        money[0] = money[0].add(required);
        money[1] = money[1].add(available);
      }
      boolean traced = !serves.isEmpty();
      if (!traced && action.gapIds().isEmpty() && action.priorityIds().isEmpty()) {
        warnings.add(new Warning(Kind.ACTION_CITES_NOTHING, "action", action.id(),
            words.text("warning.ACTION_CITES_NOTHING", action.id(), action.title())));
      } else if (!traced) {
        warnings.add(new Warning(Kind.ACTION_SERVES_NO_PRIORITY, "action", action.id(),
            words.text("warning.ACTION_SERVES_NO_PRIORITY", action.id(), action.title(), nsp)));
      }
      if (!traced) {
        for (PlanLine line : own) {
          LineTrace trace = LineTrace.of(line);
          warnings.add(new Warning(Kind.LINE_FUNDS_UNTRACED_ACTION, "planLine", trace.describe(),
              words.text("warning.LINE_FUNDS_UNTRACED_ACTION", trace.describe(), line.required(), action.id())));
        }
      }
      if (action.kind() == null) {
        warnings.add(new Warning(Kind.ACTION_WITHOUT_KIND, "action", action.id(), own.isEmpty()
            ? words.text("warning.ACTION_WITHOUT_KIND", action.id(), action.title())
            : words.text("warning.ACTION_WITHOUT_KIND_PLANNED", action.id(), action.title(), required)));
      } else {
        for (PlanLine line : own) {
          BigDecimal[] kinds = kindsOfInstitution.computeIfAbsent(line.institution(),
              k -> new BigDecimal[] {zero(), zero()});
          int index = TransformationAction.CAPABILITY.equals(action.kind()) ? 0 : 1;
          kinds[index] = kinds[index].add(line.required());
        }
      }
      actionTraces.add(new ActionTrace(action.id(), action.title(), action.institution(), action.kind(),
          action.gapIds(), action.priorityIds(), List.copyOf(serves), traced, required, available,
          own.stream().map(LineTrace::of).toList(), action.indicators()));
    }

    // priorities: what they rest on and what serves them
    List<PriorityTrace> priorityTraces = new ArrayList<>();
    Map<String, List<String>> prioritiesOfAgreement = new LinkedHashMap<>();
    for (Priority priority : priorities) {
      List<String> gapIds = gaps.stream().filter(g -> g.priorityIds().contains(priority.id())).map(Gap::id).toList();
      List<String> actionIds = List.copyOf(actionsOfPriority.getOrDefault(priority.id(), Set.of()));
      BigDecimal[] money = moneyOfPriority.getOrDefault(priority.id(), new BigDecimal[] {zero(), zero()});
      priorityTraces.add(new PriorityTrace(priority.id(), priority.text(), priority.agreementIds(),
          priority.threatIds(), gapIds, actionIds, money[0], money[1]));
      if (actionIds.isEmpty()) {
        warnings.add(new Warning(Kind.PRIORITY_WITHOUT_ACTION, "priority", priority.id(),
            words.text("warning.PRIORITY_WITHOUT_ACTION", priority.id(), priority.text())));
      }
      if (priority.agreementIds().isEmpty()) {
        warnings.add(new Warning(Kind.PRIORITY_WITHOUT_AGREEMENT, "priority", priority.id(),
            words.text("warning.PRIORITY_WITHOUT_AGREEMENT", priority.id(), priority.text())));
      }
      for (String agreementId : priority.agreementIds()) {
        prioritiesOfAgreement.computeIfAbsent(agreementId, k -> new ArrayList<>()).add(priority.id());
        Map<String, Object> agreement = agreementsById.get(agreementId);
        String status = agreement == null ? null : text(agreement.get("status")).toLowerCase(Locale.ROOT);
        if (agreement == null || CONTESTED.contains(status)) {
          warnings.add(new Warning(Kind.PRIORITY_ON_CONTESTED_AGREEMENT, "priority", priority.id(),
              words.text("warning.PRIORITY_ON_CONTESTED_AGREEMENT", priority.id(), agreementId,
                  agreement == null ? words.text("warning.notInLedger") : status)));
        }
      }
    }

    List<AgreementTrace> agreementTraces = new ArrayList<>();
    agreementsById.forEach((id, item) -> agreementTraces.add(new AgreementTrace(id, text(item.get("text")),
        text(item.get("status")), List.copyOf(prioritiesOfAgreement.getOrDefault(id, List.of())))));

    List<GapTrace> gapTraces = gaps.stream().map(gap -> new GapTrace(gap.id(), gap.institution(), gap.text(),
        gap.priorityIds(), List.copyOf(actionsOfGap.getOrDefault(gap.id(), Set.of())))).toList();

    kindsOfInstitution.forEach((institution, kinds) -> {
      BigDecimal capability = kinds[0];
      BigDecimal accountability = kinds[1];
      if (capability.signum() > 0 && capability.compareTo(
          accountability.multiply(BigDecimal.valueOf(CAPABILITY_PER_ACCOUNTABILITY_LIMIT))) > 0) {
        warnings.add(new Warning(Kind.CAPABILITY_OUTRUNS_ACCOUNTABILITY, "institution", institution,
            words.text("warning.CAPABILITY_OUTRUNS_ACCOUNTABILITY", institution, capability, accountability,
                CAPABILITY_PER_ACCOUNTABILITY_LIMIT)));
      }
    });

    if (alignment != null && Boolean.FALSE.equals(alignment.targetMet())) {
      warnings.add(new Warning(Kind.NATIONAL_SHARE_BELOW_TARGET, "programme", code,
          words.text("warning.NATIONAL_SHARE_BELOW_TARGET", alignment.nationalShare(),
              alignment.nationalShareTarget())));
    }

    return new Traceability(code, planVersion, List.copyOf(agreementTraces), List.copyOf(threats),
        List.copyOf(priorityTraces), gapTraces, List.copyOf(actionTraces), List.copyOf(withoutAction), alignment,
        List.copyOf(warnings));
  }

  private static BigDecimal sum(List<PlanLine> lines, boolean required) {
    BigDecimal total = zero();
    for (PlanLine line : lines) {
      total = total.add(required ? line.required() : line.available());
    }
    return total;
  }

  private static String key(String actionId) {
    return actionId.trim().toLowerCase(Locale.ROOT);
  }

  private static BigDecimal zero() {
    return BigDecimal.ZERO.setScale(2);
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString().trim();
  }
}
