package org.ssr.workflow.risk;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The rules of the risk ladder that are not in the DMN: what a decision does to a risk's status and owner, what a
 * missed deadline does to its level, and the log entries that record both. Knows nothing of Camunda.
 */
@Component
public class RiskLadder {

  public static final String COORDINATION_UNIT = "coordinationUnit";
  public static final String PROGRAMME_MANAGERS = "programmeManagers";
  public static final String FACILITATORS = "facilitators";

  /** Status and owner of a risk after a step. */
  public record Position(RiskStatus status, String owner) {}

  public RiskEvent reported(String by, Instant at) {
    return new RiskEvent(at, RiskEvent.REPORTED, null, null, "Reported", null, null, by);
  }

  /** The log entry for a level given by the risk-rating decision. */
  public RiskEvent rated(RiskLevel previous, RiskLevel level, int likelihood, int impact, String category, String by,
      Instant at) {
    String text = "Likelihood " + likelihood + " × impact " + impact + " = " + likelihood * impact
        + ", category " + RiskCategory.labelOf(category);
    return new RiskEvent(at, RiskEvent.LEVEL, level.id(), previous == null ? null : previous.id(), "Rated", null,
        text, by);
  }

  /** A missed deadline moves the risk one level up. */
  public RiskEvent escalated(RiskLevel previous, String missedStep, Instant at) {
    return new RiskEvent(at, RiskEvent.LEVEL, previous.next().id(), previous.id(), "Deadline missed: " + missedStep,
        null, null, RiskEvent.SYSTEM);
  }

  public RiskEvent chased(RiskLevel level, int chaseCount, Instant at) {
    return new RiskEvent(at, RiskEvent.CHASE, level == null ? null : level.id(), null,
        "Urgent review overdue, chase " + chaseCount, null, null, RiskEvent.SYSTEM);
  }

  public RiskEvent decided(RiskLevel level, String step, String decision, String text, String by, Instant at) {
    return new RiskEvent(at, RiskEvent.DECISION, level == null ? null : level.id(), null, step, decision, text, by);
  }

  /** The decisions each deciding step offers (the values of its form's radio group); the gateway after it knows no other. */
  static final Map<String, List<String>> DECISIONS = Map.of(
      RiskHandlingProcess.Elements.DECIDE_HIGH_RISK, List.of("mitigate", "mediate", "accept"),
      RiskHandlingProcess.Elements.URGENT_REVIEW, List.of("holdTransformation", "continueMediation", "openAmendment",
          "endProgramme"));

  /**
   * Refuses a decision the step does not offer (a REST client can send anything): without this check the gateway
   * after the task would find no way on and the user would get a server error instead of what to choose.
   */
  public void checkDecision(String step, String variable, String decision) {
    checkDecision(step, variable, decision, () -> org.ssr.workflow.engine.Languages.ENGLISH);
  }

  /** The same, refused in the language {@code person} gives (the person's: docs/languages.md), asked only to refuse. */
  public void checkDecision(String step, String variable, String decision, java.util.function.Supplier<String> person) {
    List<String> offered = DECISIONS.get(step);
    if (offered != null && (decision == null || !offered.contains(decision))) {
      String language = person.get();
      String field = RiskInputRejectedException.field(language, variable);
      throw decision == null || decision.isBlank()
          ? RiskInputRejectedException.in(language, "decision", field, String.valueOf(offered))
          : RiskInputRejectedException.in(language, "decision.not", field, String.valueOf(offered), decision);
    }
  }

  /** Where a risk stands after someone acted in the given step (ids of {@link RiskHandlingProcess.Elements}). */
  public Position afterDecision(String step, String decision) {
    return switch (step) {
      case RiskHandlingProcess.Elements.WRITE_MITIGATION_PLAN, RiskHandlingProcess.Elements.MEDIATE,
          RiskHandlingProcess.Elements.RESUME_TRACK_TASK -> new Position(RiskStatus.MONITORED, COORDINATION_UNIT);
      case RiskHandlingProcess.Elements.DECIDE_HIGH_RISK -> switch (decision == null ? "" : decision) {
        case "mediate" -> new Position(RiskStatus.IN_MEDIATION, FACILITATORS);
        case "accept" -> new Position(RiskStatus.ACCEPTED, PROGRAMME_MANAGERS);
        default -> new Position(RiskStatus.MONITORED, COORDINATION_UNIT);
      };
      case RiskHandlingProcess.Elements.URGENT_REVIEW -> switch (decision == null ? "" : decision) {
        case "holdTransformation" -> new Position(RiskStatus.TRACK_ON_HOLD, PROGRAMME_MANAGERS);
        case "continueMediation" -> new Position(RiskStatus.IN_MEDIATION, FACILITATORS);
        // the coordination unit re-plans (the amendment) and monitors the risk until its review date
        case "openAmendment" -> new Position(RiskStatus.MONITORED, COORDINATION_UNIT);
        case "endProgramme" -> new Position(RiskStatus.PROGRAMME_ENDED, PROGRAMME_MANAGERS);
        default -> new Position(RiskStatus.URGENT_REVIEW, PROGRAMME_MANAGERS);
      };
      default -> new Position(RiskStatus.REPORTED, COORDINATION_UNIT);
    };
  }
}
