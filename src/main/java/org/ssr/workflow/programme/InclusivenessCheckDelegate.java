package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Variable;

/**
 * Step 1: records the dialog session just held (by the coordination unit or the facilitators), then asks the
 * inclusiveness check which required segments are still unheard. Clears the session fields so the next session form
 * starts empty, and turns a request for mediation (from a session or from the consensus declaration) into
 * {@code mediationRequested} for the gateway. The dialog round is the number of sessions recorded, the segments heard
 * are those present in any of them.
 */
@Component(ProgrammeProcess.Beans.INCLUSIVENESS_CHECK)
public class InclusivenessCheckDelegate implements JavaDelegate {

  private final InclusivenessCheck check;

  public InclusivenessCheckDelegate(InclusivenessCheck check) {
    this.check = check;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<String> present = SEGMENTS_PRESENT.from(execution).get();
    boolean sessionHeld = !present.isEmpty() || SESSION_DATE.from(execution).isPresent();
    List<Map<String, Object>> sessions = DIALOG_SESSIONS.from(execution).get();
    if (sessionHeld) {
      Map<String, Object> session = new LinkedHashMap<>();
      session.put("round", sessions.size() + 1);
      for (Variable<String> field : SESSION_FIELDS) {
        session.put(field.name(), field.from(execution).get());
      }
      session.put(SEGMENTS_PRESENT.name(), present);
      sessions.add(session);
      DIALOG_SESSIONS.on(execution).set(sessions);
    }

    // heard so far: the segments present in the sessions recorded before this one
    List<String> heardBefore = sessions.subList(0, sessions.size() - (sessionHeld ? 1 : 0)).stream()
        .flatMap(earlier -> SEGMENTS_PRESENT.read(earlier.get(SEGMENTS_PRESENT.name())).stream()).toList();
    InclusivenessResult result = check.check(REQUIRED_SEGMENTS.from(execution).get(), heardBefore, present);

    boolean mediation = Boolean.TRUE.equals(REQUEST_MEDIATION.from(execution).get())
        || "mediation".equals(CONSENSUS_DECISION.from(execution).get());
    MISSING_SEGMENTS_TEXT.on(execution).set(InclusivenessCheck.missingText(result.missing(),
        ProgrammeWords.of(ProgrammeLanguage.of(execution))));
    ALL_SEGMENTS_HEARD.on(execution).set(result.allHeard());
    MEDIATION_REQUESTED.on(execution).set(mediation);
    // consumed: the next form starts empty and an old request does not route again
    if (Boolean.TRUE.equals(REQUEST_MEDIATION.from(execution).get())) {
      REQUEST_MEDIATION.on(execution).set(false);
    }
    if (CONSENSUS_DECISION.from(execution).isPresent()) {
      CONSENSUS_DECISION.on(execution).set(null);
    }
    // removed, not set to null: Tasklist would type the next session's checklist after a Null variable of this name
    // and the engine would refuse the form
    SEGMENTS_PRESENT.on(execution).remove();
    for (Variable<String> field : SESSION_FIELDS) {
      if (field.from(execution).isPresent()) {
        field.on(execution).set(null);
      }
    }
  }
}
