package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.ssr.workflow.decision.DecisionEntry;
import org.ssr.workflow.decision.DecisionMade;
import org.ssr.workflow.decision.DecisionRecord;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * A programme started before the decision record was the only place decisions are kept still carries a {@code
 * decisionLog} variable: the carry-over moves what the record lacks into it, once, marked as carried over, and removes
 * the variable; a decision the record already holds (published when it was taken) is not copied twice.
 */
@SsrApplicationTest
class DecisionLogCarryOverTest {

  private static final Instant REVIEWED = Instant.parse("2027-03-02T09:00:00.123Z");
  private static final Instant VALIDATED = Instant.parse("2027-02-20T14:30:00Z");

  @Autowired RuntimeService runtime;
  @Autowired DecisionRecord record;
  @Autowired DecisionLogCarryOver carryOver;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  private String programmeId;

  @AfterEach
  void cleanUp() {
    if (programmeId != null && runtime.createProcessInstanceQuery().processInstanceId(programmeId).count() > 0) {
      runtime.deleteProcessInstance(programmeId, "test finished", true, true);
    }
  }

  @Test
  void anOldProgrammesDecisionLogIsCarriedOverOnce_withoutCopyingWhatTheRecordHolds_andRemoved() {
    String code = "OLD-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    programmeId = runtime.createProcessInstanceByKey(ProgrammeProcess.KEY).businessKey(code)
        .setVariable("programmeCode", code)
        .setVariable("programmeName", "Started before the record was the only source")
        .setVariable("transformationOnHold", false)
        .startBeforeActivity(ProgrammeProcess.Elements.RECORD_DIALOG_SESSION)
        .execute().getId();
    // parliament's approval was published to the record when it was taken (the record exists since V13)
    new TransactionTemplate(transactions).executeWithoutResult(status -> events.publishEvent(new DecisionMade(code,
        "review-1", "OVERSIGHT_REVIEW", "NSP: National Security Policy 2027, version 1", "parliamentOversight",
        "parliament", "approved", "", REVIEWED)));
    // the old variable holds that approval, a validation the record never received, and an entry of another shape
    runtime.setVariable(programmeId, "decisionLog", SpinValues.jsonValue("["
        + "{\"kind\":\"VALIDATION\",\"subject\":\"National Security Policy framework: NSP 2027\",\"version\":1,"
        + "\"group\":\"civilSocietyMonitor\",\"userId\":\"monitor\",\"decision\":\"returned\","
        + "\"reasons\":\"AG-1 is missing\",\"decidedAt\":\"" + VALIDATED + "\"},"
        + "{\"kind\":\"NSP\",\"subject\":\"National Security Policy 2027\",\"version\":1,"
        + "\"group\":\"parliamentOversight\",\"userId\":\"parliament\",\"decision\":\"approved\",\"reasons\":null,"
        + "\"decidedAt\":\"" + REVIEWED + "\"},"
        + "{\"kind\":\"SCOPING\",\"step\":3}]").create());

    assertThat(carryOver.carryOverAll()).isGreaterThanOrEqualTo(2);

    DecisionRecord.Checked checked = record.checked(code);
    assertThat(checked.chain().intact()).isTrue();
    List<DecisionEntry> entries = checked.entries();
    assertThat(entries).extracting(e -> e.sequence() + " " + e.kind() + " " + e.party() + " " + e.outcome())
        .containsExactly("1 OVERSIGHT_REVIEW parliamentOversight approved",
            "2 VALIDATION civilSocietyMonitor returned", "3 SCOPING null recorded");
    assertThat(entries.get(1).subject())
        .isEqualTo("National Security Policy framework: NSP 2027, version 1 [carried over from decisionLog]");
    assertThat(entries.get(1).actor()).isEqualTo("monitor");
    assertThat(entries.get(1).reason()).isEqualTo("AG-1 is missing");
    assertThat(entries.get(1).occurredAt()).as("when it was decided, not when carried over").isEqualTo(VALIDATED);
    assertThat(entries.get(1).processInstanceId()).isEqualTo(programmeId);
    assertThat(runtime.getVariable(programmeId, "decisionLog")).as("the variable is gone").isNull();

    // a second start finds nothing left to carry over
    carryOver.carryOverAll();
    assertThat(record.entries(code)).hasSize(3);
  }
}
