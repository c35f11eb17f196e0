package org.ssr.workflow.programme;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssr.workflow.decision.DecisionEntry;
import org.ssr.workflow.decision.DecisionKinds;
import org.ssr.workflow.decision.DecisionMade;
import org.ssr.workflow.decision.DecisionRecord;
import org.ssr.workflow.engine.Conversions;

/**
 * The one-off move of the retired {@code decisionLog} variable into the decision record, for programmes started before
 * the record became the only place decisions are kept (docs/operations.md "Decision record", "Programmes started
 * before").
 *
 * <p>At start-up, for every running instance (programme or implementation) that still has a {@code decisionLog}: each
 * entry the programme's record does not already hold is appended to the record as a {@link DecisionMade}, its subject
 * marked {@value #MARK}, and the variable is removed, both in one transaction. An entry is "already held" when an
 * entry of the record has the same party (body), actor, outcome and moment (to the millisecond): the decisions taken
 * since the record exists were published to it as they were taken and are not copied twice. Running it again finds no
 * variable and does nothing; a programme that fails (e.g. another node carries it over at the same moment) is logged
 * and left for the next start.
 */
@Component
public class DecisionLogCarryOver {

  /** Ends the subject of every carried-over entry: it was copied from a variable, not recorded when taken. */
  public static final String MARK = "[carried over from decisionLog]";
  /** The kind of an entry whose shape is neither a review decision nor a validation. */
  static final String OTHER_KIND = "DECISION_LOG";

  private static final Logger LOG = LoggerFactory.getLogger(DecisionLogCarryOver.class);
  private static final int PAGE = 100;

  private final RuntimeService runtime;
  private final DecisionRecord record;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  public DecisionLogCarryOver(ProcessEngine engine, DecisionRecord record, ApplicationEventPublisher events,
      PlatformTransactionManager transactions) {
    this.runtime = engine.getRuntimeService();
    this.record = record;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
  }

  @EventListener(ApplicationReadyEvent.class)
  public void atStartUp() {
    int carried = carryOverAll();
    if (carried > 0) {
      LOG.info("Carried {} decision(s) over from decisionLog variables into the decision record", carried);
    }
  }

  /** Carries every remaining {@code decisionLog} over; returns how many entries were appended to the record. */
  public int carryOverAll() {
    List<VariableInstance> logs = new ArrayList<>();
    for (int first = 0; ; first += PAGE) {
      List<VariableInstance> page = runtime.createVariableInstanceQuery()
          .variableName(ProgrammeProcess.Variables.DECISION_LOG.name()).disableCustomObjectDeserialization()
          .orderByActivityInstanceId().asc().listPage(first, PAGE);
      logs.addAll(page);
      if (page.size() < PAGE) {
        break;
      }
    }
    int carried = 0;
    for (VariableInstance log : logs) {
      try {
        carried += Objects.requireNonNullElse(transaction.execute(status -> carryOver(log.getExecutionId())), 0);
      } catch (RuntimeException e) {
        LOG.warn("decisionLog of process instance {} not carried over (tried again at the next start): {}",
            log.getProcessInstanceId(), e.toString());
      }
    }
    return carried;
  }

  /** One execution's decisionLog: what the record lacks appended, then the variable removed. */
  int carryOver(String executionId) {
    String code = ProgrammeProcess.Variables.PROGRAMME_CODE.read(
        runtime.getVariable(executionId, ProgrammeProcess.Variables.PROGRAMME_CODE.name()));
    List<Map<String, Object>> log = ProgrammeProcess.Variables.DECISION_LOG.read(
        runtime.getVariableLocal(executionId, ProgrammeProcess.Variables.DECISION_LOG.name()));
    if (code == null) {
      LOG.warn("decisionLog of execution {} kept: no programmeCode to carry it over to", executionId);
      return 0;
    }
    String instance = runtime.createExecutionQuery().executionId(executionId).singleResult().getProcessInstanceId();
    Set<String> held = new HashSet<>();
    for (DecisionEntry entry : record.entries(code)) {
      held.add(key(entry.party(), entry.actor(), entry.outcome(), entry.occurredAt()));
    }
    int carried = 0;
    for (Map<String, Object> entry : log == null ? List.<Map<String, Object>>of() : log) {
      DecisionMade decision = decision(code, instance, entry);
      if (held.add(key(decision.party(), decision.actor(), decision.outcome(), decision.occurredAt()))) {
        events.publishEvent(decision);
        carried++;
      }
    }
    runtime.removeVariableLocal(executionId, ProgrammeProcess.Variables.DECISION_LOG.name());
    return carried;
  }

  /**
   * A log entry as the record's decision. Review decisions and validations were written as {kind, subject, version,
   * group, userId, decision, reasons, decidedAt}; an entry of another shape keeps what it has, its kind {@value
   * #OTHER_KIND} when it names none.
   */
  static DecisionMade decision(String code, String processInstanceId, Map<String, Object> entry) {
    String kind = text(entry, "kind");
    String subject = text(entry, "subject");
    Integer version = Conversions.integer("version", entry.get("version"));
    String recordKind = DecisionKinds.VALIDATION.equals(kind) ? DecisionKinds.VALIDATION
        : entry.containsKey("group") && entry.containsKey("decision") ? DecisionKinds.OVERSIGHT_REVIEW
        : kind == null ? OTHER_KIND : kind;
    // a review's subject as the record names it ("NSP: National Security Policy 2027, version 2")
    String what = (DecisionKinds.OVERSIGHT_REVIEW.equals(recordKind) && kind != null ? kind + ": " : "")
        + (subject == null ? "" : subject) + (version == null ? "" : ", version " + version);
    String outcome = text(entry, "decision");
    return new DecisionMade(code, processInstanceId, recordKind, (what.isBlank() ? "" : what + " ") + MARK,
        text(entry, "group"), text(entry, "userId"), outcome == null ? "recorded" : outcome, text(entry, "reasons"),
        instant(text(entry, "decidedAt")));
  }

  private static String key(String party, String actor, String outcome, Instant at) {
    return party + "|" + actor + "|" + outcome + "|" + (at == null ? null : at.truncatedTo(ChronoUnit.MILLIS));
  }

  private static String text(Map<String, Object> entry, String field) {
    return Conversions.text(field, entry.get(field));
  }

  /** When it was decided; an entry without a readable moment gets the moment of the carry-over. */
  private static Instant instant(String at) {
    try {
      return at == null ? null : Instant.parse(at);
    } catch (DateTimeParseException unreadable) {
      return null;
    }
  }
}
