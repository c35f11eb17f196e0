package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 1: records the dialog session just held (by the coordination unit or the facilitators), then asks the
 * inclusiveness check which required segments are still unheard. Clears the session fields so the next session form
 * starts empty, and turns a request for mediation (from a session or from the consensus declaration) into
 * {@code mediationRequested} for the gateway.
 */
@Component(ProgrammeProcess.Beans.INCLUSIVENESS_CHECK)
public class InclusivenessCheckDelegate implements JavaDelegate {

  private final InclusivenessCheck check;

  public InclusivenessCheckDelegate(InclusivenessCheck check) {
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> present = VariableValues.strings(SEGMENTS_PRESENT.from(execution).get());
    boolean sessionHeld = !present.isEmpty() || execution.getVariable("sessionDate") != null;
    List<Map<String, Object>> sessions = VariableValues.records(DIALOG_SESSIONS.from(execution).get());
    if (sessionHeld) {
      Map<String, Object> session = new LinkedHashMap<>();
      session.put("round", sessions.size() + 1);
      for (String field : SESSION_FIELDS) {
        Object value = execution.getVariable(field);
        session.put(field, value == null ? null : value.toString());
      }
      session.put("segmentsPresent", present);
      sessions.add(session);
    }

    InclusivenessResult result = check.check(
        VariableValues.strings(REQUIRED_SEGMENTS.from(execution).get()),
        VariableValues.strings(SEGMENTS_HEARD.from(execution).get()),
        present);

    boolean mediation = VariableValues.isTrue(REQUEST_MEDIATION.from(execution).get())
        || "mediation".equals(CONSENSUS_DECISION.from(execution).get());
    execution.setVariable(DIALOG_SESSIONS.name(), VariableValues.javaObject(new ArrayList<>(sessions)));
    execution.setVariable(DIALOG_ROUND.name(), sessions.size());
    execution.setVariable(SEGMENTS_HEARD.name(), VariableValues.javaObject(result.heard()));
    execution.setVariable(MISSING_SEGMENTS.name(), VariableValues.javaObject(result.missing()));
    execution.setVariable(MISSING_SEGMENTS_TEXT.name(), result.missingText());
    execution.setVariable(ALL_SEGMENTS_HEARD.name(), result.allHeard());
    execution.setVariable(MEDIATION_REQUESTED.name(), mediation);
    // consumed: the next form starts empty and an old request does not route again
    execution.setVariable(REQUEST_MEDIATION.name(), false);
    execution.setVariable(CONSENSUS_DECISION.name(), null);
    // removed, not set to null: Tasklist would type the next session's checklist after a Null variable of this name
    // and the engine would refuse the form
    execution.removeVariable(SEGMENTS_PRESENT.name());
    for (String field : SESSION_FIELDS) {
      if (execution.hasVariable(field)) {
        execution.setVariable(field, null);
      }
    }
  }
}
