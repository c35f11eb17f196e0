package org.ssr.workflow.monitoring;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.programme.ProgrammeStep;

/**
 * Which elements of bpmn/ssr-programme.bpmn make up each of the twelve steps, so the status of a step can be read from
 * the engine's activity instances (runtime) and historic activity instances (history) instead of a second bookkeeping.
 * ProgrammeStepElementsTest checks every id here against the deployed model, so a renamed element fails the build.
 */
public final class ProgrammeStepElements {

  public static final String PROCESS_KEY = ProgrammeProcess.KEY;

  /** Scoping (between steps 2 and 3): the coordination unit decides which of steps 3 to 10 apply. */
  public static final String SCOPE_PROGRAMME = Elements.SCOPE_PROGRAMME;
  public static final String RECORD_SCOPE = Elements.RECORD_SCOPE;
  /** Step 6 waits here until step 11 has put oversight in place. */
  public static final String WAIT_FOR_OVERSIGHT = Elements.WAIT_FOR_OVERSIGHT;
  /** The two ways a programme ends. */
  public static final String END_READY = Elements.END_READY;
  public static final String END_CLOSED = Elements.END_CLOSED;
  /** The implementation phase after the twelve steps' planning (no step of its own). */
  public static final String IMPLEMENTATION = Elements.PROGRAMME_IMPLEMENTATION;
  public static final String END_BY_CRITICAL_RISK = Elements.END_PROGRAMME_ENDED;

  private static final Map<ProgrammeStep, List<String>> ELEMENTS = new EnumMap<>(ProgrammeStep.class);

  static {
    ELEMENTS.put(ProgrammeStep.UNDERSTANDING_AND_POLITICAL_WILL, List.of(
        Elements.RECORD_DIALOG_SESSION, Elements.CHECK_INCLUSIVENESS, Elements.FACILITATE_DIALOG_SESSION,
        Elements.DECLARE_CONSENSUS));
    ELEMENTS.put(ProgrammeStep.INITIAL_NEEDS_ASSESSMENT, List.of(
        Elements.REGIONAL_CONSULTATION, Elements.CONSOLIDATE_NEEDS_ASSESSMENT));
    ELEMENTS.put(ProgrammeStep.CONTAIN_SHORT_TERM_THREATS, List.of(
        Elements.CONTAIN_SHORT_TERM_THREATS, Elements.SHORT_TERM_THREAT_REPORTED,
        Elements.CONTAIN_REPORTED_THREAT));
    ELEMENTS.put(ProgrammeStep.ESTABLISH_STRUCTURES, List.of(Elements.ESTABLISH_STRUCTURES));
    ELEMENTS.put(ProgrammeStep.STRATEGIC_ANALYSIS, List.of(Elements.STRATEGIC_ANALYSIS));
    ELEMENTS.put(ProgrammeStep.NATIONAL_SECURITY_POLICY_FRAMEWORK, List.of(
        Elements.DRAFT_NSP, Elements.VALIDATE_NSP, Elements.WAIT_FOR_OVERSIGHT, Elements.REVIEW_NSP,
        Elements.REVISE_NSP));
    ELEMENTS.put(ProgrammeStep.AGENCY_POLICY_FRAMEWORKS, List.of(
        Elements.resumedBeforeStep(7), Elements.AGENCY_FRAMEWORKS, Elements.PREPARE_AGENCY_FRAMEWORK,
        Elements.DRAFT_AGENCY_FRAMEWORK, Elements.VALIDATE_AGENCY_FRAMEWORK,
        Elements.REVIEW_AGENCY_FRAMEWORK, Elements.REVISE_AGENCY_FRAMEWORK));
    ELEMENTS.put(ProgrammeStep.GAP_ANALYSIS, List.of(Elements.resumedBeforeStep(8), Elements.GAP_ANALYSIS));
    ELEMENTS.put(ProgrammeStep.TRANSFORMATION_STRATEGY, List.of(
        Elements.resumedBeforeStep(9), Elements.DRAFT_TRANSFORMATION_STRATEGY, Elements.RECORD_TRANSFORMATION_ACTIONS));
    ELEMENTS.put(ProgrammeStep.FINANCIAL_FEASIBILITY_PLAN, List.of(
        Elements.resumedBeforeStep(10), Elements.FINANCIAL_FEASIBILITY_PLAN, Elements.RECORD_DONOR_PLEDGES,
        Elements.PREPARE_FINANCIAL_PLAN_TEMPLATE, Elements.UPLOAD_FINANCIAL_PLAN, Elements.IMPORT_FINANCIAL_PLAN,
        Elements.REVIEW_FINANCIAL_PLAN_TOTALS, Elements.REVIEW_FINANCIAL_PLAN));
    ELEMENTS.put(ProgrammeStep.GOVERNANCE_AND_OVERSIGHT_STRUCTURES, List.of(
        Elements.DEVELOP_GOVERNANCE_STRUCTURES, Elements.RECORD_OVERSIGHT_CHARTER, Elements.REVIEW_GOVERNANCE_STRUCTURES,
        Elements.REVISE_GOVERNANCE_STRUCTURES,
        Elements.OVERSIGHT_IN_PLACE,
        // the charter amended after step 11 opens the step again while the coordination unit records it
        Elements.AMEND_OVERSIGHT_CHARTER));
    ELEMENTS.put(ProgrammeStep.RISK_MANAGEMENT, List.of(Elements.RISK_MANAGEMENT, Elements.HANDLE_RISK));
  }

  /** Where the programme waits while a hold keeps the transformation track's open work suspended. */
  public static final String TRACK_HELD_UNTIL_RESUMED = Elements.TRANSFORMATION_TRACK_HELD_UNTIL_RESUMED;

  /** Catch events where the transformation track (steps 7 to 10) waits while a critical risk holds it. */
  public static final Set<String> HOLD_EVENTS = Set.of(Elements.resumedBeforeStep(7), Elements.resumedBeforeStep(8),
      Elements.resumedBeforeStep(9), Elements.resumedBeforeStep(10));

  private ProgrammeStepElements() {}

  /** The element ids of a step. */
  public static List<String> of(ProgrammeStep step) {
    return ELEMENTS.get(step);
  }

  /** The step an element belongs to, or null (gateways, scoping, start and end events). */
  public static ProgrammeStep stepOf(String elementId) {
    String id = baseId(elementId);
    for (Map.Entry<ProgrammeStep, List<String>> entry : ELEMENTS.entrySet()) {
      if (entry.getValue().contains(id)) {
        return entry.getKey();
      }
    }
    return null;
  }

  /** The element id without the engine's suffix for multi-instance bodies. */
  public static String baseId(String activityId) {
    if (activityId == null) {
      return null;
    }
    int hash = activityId.indexOf('#');
    return hash < 0 ? activityId : activityId.substring(0, hash);
  }

  /** Every element id named here (checked against the model by a test). */
  public static List<String> all() {
    java.util.List<String> ids = new java.util.ArrayList<>();
    ELEMENTS.values().forEach(ids::addAll);
    ids.addAll(List.of(SCOPE_PROGRAMME, RECORD_SCOPE, END_READY, IMPLEMENTATION, END_CLOSED, END_BY_CRITICAL_RISK));
    return ids.stream().distinct().toList();
  }
}
