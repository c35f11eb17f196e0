package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.ssr.workflow.programme.Institution.OversightBody;

/**
 * Start listener of the programme: Tasklist starts a process from a Camunda start form without a business key, so the
 * process sets it itself from the programme code. Runs synchronously inside the start request: a refusal (code in use,
 * missing field) rolls the start back and the user sees the message.
 */
@Component(ProgrammeProcess.Beans.PROGRAMME_SETUP)
public class ProgrammeSetupListener implements ExecutionListener {

  private final ProgrammeSetupService setupService;
  private final String reviewDeadline;

  public ProgrammeSetupListener(
      ProgrammeSetupService setupService, @Value("${ssr.review.default-deadline:P21D}") String reviewDeadline) {
    this.setupService = setupService;
    this.reviewDeadline = reviewDeadline;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Map<String, List<String>> oversight = new LinkedHashMap<>();
    for (Institution institution : Institution.values()) {
      oversight.put(institution.id(), VariableValues.strings(execution.getVariable(institution.oversightFormField())));
    }
    List<String> regions = VariableValues.strings(
        execution.hasVariable(REGIONS_TEXT.name()) ? REGIONS_TEXT.from(execution).get() : REGIONS.from(execution).get());
    List<String> donors = VariableValues.strings(
        execution.hasVariable(DONORS_TEXT.name()) ? DONORS_TEXT.from(execution).get() : DONORS.from(execution).get());
    ProgrammeSetupRequest request = new ProgrammeSetupRequest(
        VariableValues.text(PROGRAMME_CODE.from(execution).get()),
        VariableValues.text(PROGRAMME_NAME.from(execution).get()),
        VariableValues.text(COUNTRY.from(execution).get()),
        VariableValues.text(PROGRAMME_TERM.from(execution).get()),
        VariableValues.strings(INSTITUTIONS.from(execution).get()),
        oversight,
        regions,
        VariableValues.strings(REQUIRED_SEGMENTS.from(execution).get()),
        donors);

    ProgrammeDirectory programmes = ProgrammeDirectory.of(execution.getProcessEngineServices());
    ProgrammeSetup setup = setupService.prepare(request, programmes::inUse);

    execution.setProcessBusinessKey(setup.code());
    execution.setVariable(PROGRAMME_CODE.name(), setup.code());
    execution.setVariable(PROGRAMME_NAME.name(), setup.name());
    execution.setVariable(COUNTRY.name(), setup.country());
    execution.setVariable(PROGRAMME_TERM.name(), setup.term());
    execution.setVariable(INSTITUTIONS.name(), VariableValues.javaObject(new ArrayList<>(setup.institutions())));
    execution.setVariable(OVERSIGHT_BODIES.name(), VariableValues.javaObject(setup.oversightBodies()));
    execution.setVariable(REGIONS.name(), VariableValues.javaObject(new ArrayList<>(setup.regions())));
    execution.setVariable(REQUIRED_SEGMENTS.name(), VariableValues.javaObject(new ArrayList<>(setup.requiredSegments())));
    execution.setVariable(DONORS.name(), VariableValues.javaObject(new ArrayList<>(setup.donors())));
    execution.setVariable(TRANSFORMATION_ON_HOLD.name(), false);
    execution.setVariable(OVERSIGHT_IN_PLACE.name(), false);
    execution.setVariable(DECISION_LOG.name(), VariableValues.json("[]"));
    execution.setVariable(REVIEW_DEADLINE.name(), reviewDeadline);
    // who reviews the programme-wide documents: parliament approves the NSP and the financial plan, the independent
    // monitor reviews the governance structures with parliament
    execution.setVariable(NSP_REVIEW_GROUPS.name(), VariableValues.javaObject(new ArrayList<>(
        List.of(OversightBody.PARLIAMENT))));
    execution.setVariable(GOVERNANCE_REVIEW_GROUPS.name(), VariableValues.javaObject(new ArrayList<>(
        List.of(OversightBody.CIVIL_SOCIETY_MONITOR, OversightBody.PARLIAMENT))));
    execution.setVariable(FINANCIAL_PLAN_REVIEW_GROUPS.name(), VariableValues.javaObject(new ArrayList<>(
        List.of(OversightBody.PARLIAMENT))));
    // step 1 starts with every required segment unheard
    execution.setVariable(SEGMENTS_HEARD.name(), VariableValues.javaObject(new ArrayList<String>()));
    execution.setVariable(MISSING_SEGMENTS.name(), VariableValues.javaObject(new ArrayList<>(setup.requiredSegments())));
    execution.setVariable(MISSING_SEGMENTS_TEXT.name(),
        "Not heard yet: " + String.join(", ", setup.requiredSegments().stream()
            .map(Segment::labelOf).toList()) + ".");
    execution.setVariable(ALL_SEGMENTS_HEARD.name(), false);
    execution.setVariable(REQUEST_MEDIATION.name(), false);
    execution.setVariable(DIALOG_ROUND.name(), 0);
    execution.setVariable(DIALOG_SESSIONS.name(), VariableValues.javaObject(new ArrayList<>()));
    execution.setVariable(NSP_VERSION.name(), 0);
    execution.setVariable(GOVERNANCE_CHARTER_VERSION.name(), 0);
  }

}
