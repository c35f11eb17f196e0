package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.ssr.workflow.decision.DecisionKinds;
import org.ssr.workflow.decision.DecisionMade;
import org.ssr.workflow.decision.DecisionRecord;
import org.ssr.workflow.engine.VariableRejectedException;

/**
 * Task listener of UserTask_DeclareConsensus, one bean for both events.
 *
 * <p>On create: offers the required segments and the dialog sessions held as the form's select options, and shows
 * which segments have consented, dissented or are still missing (task-local).
 *
 * <p>On complete: publishes a {@link DecisionMade} (CONSENT or DISSENT) for each consent and dissent the form records;
 * declaring consensus while a required segment has neither is refused with 400 naming the segments, and nothing is
 * recorded.
 *
 * <p>The positions already given are read from the programme's decision record, in the engine's transaction: no
 * process variable keeps a copy (the gateway after this task routes on {@code consensusDecision} alone, and the form
 * shows the task-local {@code consentStatusText} written here).
 */
@Component(ProgrammeProcess.Beans.CONSENSUS_DECLARATION)
public class ConsensusDeclarationListener implements TaskListener {

  private final ConsentService consent;
  private final ApplicationEventPublisher events;
  private final DecisionRecord decisions;

  public ConsensusDeclarationListener(ConsentService consent, ApplicationEventPublisher events,
      DecisionRecord decisions) {
    this.consent = consent;
    this.events = events;
    this.decisions = decisions;
  }

  @Override
  public void notify(DelegateTask task) {
    DelegateExecution programme = task.getExecution().getProcessInstance();
    List<String> required = REQUIRED_SEGMENTS.from(programme).get();
    String code = PROGRAMME_CODE.from(programme).get();
    List<Map<String, Object>> records = ConsentService.records(decisions.entries(code));
    if (EVENTNAME_CREATE.equals(task.getEventName())) {
      ProgrammeWords words = ProgrammeWords.of(ProgrammeLanguage.of(task));
      SEGMENT_OPTIONS.on(task).setLocal(required.stream().map(id -> option(words.segment(id), id)).toList());
      DIALOG_SESSION_OPTIONS.on(task).setLocal(sessionOptions(programme, words));
      CONSENT_STATUS_TEXT.on(task).setLocal(consent.describe(records, required, words));
      return;
    }
    Instant now = ClockUtil.getCurrentTime().toInstant();
    String user = user(task);
    String language = ProgrammeLanguage.of(task);
    List<Map<String, Object>> added = consent.newRecords(rows(task, language), required, sessions(programme), user, now,
        language);
    List<Map<String, Object>> all = new ArrayList<>(records);
    all.addAll(added);
    if ("consensus".equals(CONSENSUS_DECISION.from(task).get())) {
      consent.requireEverySegment(all, required, language);
    }
    SEGMENT_CONSENTS.on(task.getExecution()).remove();
    for (Map<String, Object> record : added) {
      String position = String.valueOf(record.get("position"));
      events.publishEvent(new DecisionMade(code, programme.getProcessInstanceId(),
          ConsentService.DISSENT.equals(position) ? DecisionKinds.DISSENT : DecisionKinds.CONSENT,
          ConsentService.subject(String.valueOf(record.get("session"))), String.valueOf(record.get("segment")),
          user, position, String.valueOf(record.get("reason")), now));
    }
  }

  /** The dialog sessions held, by the name the ledger and the consent records use: {@code dialog round N}. */
  private static List<String> sessions(DelegateExecution programme) {
    List<String> names = new ArrayList<>();
    for (int round = 1; round <= DIALOG_SESSIONS.from(programme).get().size(); round++) {
      names.add("dialog round " + round);
    }
    return names;
  }

  private static List<Map<String, Object>> sessionOptions(DelegateExecution programme, ProgrammeWords words) {
    List<Map<String, Object>> options = new ArrayList<>();
    int round = 0;
    for (Map<String, Object> session : DIALOG_SESSIONS.from(programme).get()) {
      round++;
      String date = String.valueOf(session.getOrDefault(SESSION_DATE.name(), ""));
      options.add(option(words.text("session.option", String.valueOf(round),
          words.date(date.length() > 10 ? date.substring(0, 10) : date),
          String.valueOf(session.getOrDefault(SESSION_PLACE.name(), ""))), "dialog round " + round));
    }
    return options;
  }

  private static Map<String, Object> option(String label, String value) {
    Map<String, Object> option = new LinkedHashMap<>();
    option.put("label", label);
    option.put("value", value);
    return option;
  }

  private static List<Map<String, Object>> rows(DelegateTask task, String language) {
    try {
      return SEGMENT_CONSENTS.from(task).get();
    } catch (VariableRejectedException notAList) {
      throw ProgrammeInputRejectedException.refused(language, "consent.notAList");
    }
  }

  private static String user(DelegateTask task) {
    Authentication authentication = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (authentication != null && authentication.getUserId() != null) {
      return authentication.getUserId();
    }
    return task.getAssignee();
  }
}
