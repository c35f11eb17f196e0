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

/**
 * Start listener of the programme: Tasklist starts a process from a Camunda start form without a business key, so the
 * process sets it itself from the programme code. Runs synchronously inside the start request: a refusal (code in use,
 * missing field) rolls the start back and the user sees the message.
 *
 * <p>Sets only what forms, gateways and Tasklist need from the start; who reviews which document is computed where
 * the review is called ({@link ProgrammeReviewers}), and step 1's lists and the document versions start absent (read
 * as empty and 0).
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
      oversight.put(institution.id(), oversightBodiesOf(institution).from(execution).get());
    }
    // the start form sends textareas; a REST client may send the lists themselves
    List<String> regions = REGIONS_TEXT.from(execution).isPresent()
        ? REGIONS_TEXT.from(execution).get() : REGIONS.from(execution).get();
    List<String> donors = DONORS_TEXT.from(execution).isPresent()
        ? DONORS_TEXT.from(execution).get() : DONORS.from(execution).get();
    ProgrammeSetupRequest request = new ProgrammeSetupRequest(
        PROGRAMME_CODE.from(execution).get(),
        PROGRAMME_NAME.from(execution).get(),
        COUNTRY.from(execution).get(),
        PROGRAMME_TERM.from(execution).get(),
        INSTITUTIONS.from(execution).get(),
        oversight,
        regions,
        REQUIRED_SEGMENTS.from(execution).get(),
        donors,
        REFORM_CONTEXT.from(execution).get(),
        SEGMENTS_JUSTIFICATION.from(execution).get(),
        NATIONAL_SHARE_TARGET.from(execution).get(),
        PROGRAMME_LANGUAGE.from(execution).get());

    ProgrammeDirectory programmes = ProgrammeDirectory.of(execution.getProcessEngineServices());
    ProgrammeSetup setup = setupService.prepare(request, programmes::inUse);

    execution.setProcessBusinessKey(setup.code());
    PROGRAMME_CODE.on(execution).set(setup.code());
    PROGRAMME_NAME.on(execution).set(setup.name());
    COUNTRY.on(execution).set(setup.country());
    PROGRAMME_TERM.on(execution).set(setup.term());
    INSTITUTIONS.on(execution).set(new ArrayList<>(setup.institutions()));
    OVERSIGHT_BODIES.on(execution).set(setup.oversightBodies());
    REGIONS.on(execution).set(new ArrayList<>(setup.regions()));
    REQUIRED_SEGMENTS.on(execution).set(new ArrayList<>(setup.requiredSegments()));
    DONORS.on(execution).set(new ArrayList<>(setup.donors()));
    REFORM_CONTEXT.on(execution).set(setup.context());
    // null when women's groups and youth are both required: a justification typed anyway is not kept
    SEGMENTS_JUSTIFICATION.on(execution).set(setup.segmentsJustification());
    NATIONAL_SHARE_TARGET.on(execution).set(setup.nationalShareTarget());
    PROGRAMME_LANGUAGE.on(execution).set(setup.language());
    ProgrammeWords words = ProgrammeWords.of(PROGRAMME_LANGUAGE.from(execution).get());
    SCOPING_SUGGESTION.on(execution).set(setup.context() == null
        ? words.text("scoping.none") : setup.context().scopingSuggestion(words));
    TRANSFORMATION_ON_HOLD.on(execution).set(false);
    OVERSIGHT_IN_PLACE.on(execution).set(false);
    REVIEW_DEADLINE.on(execution).set(reviewDeadline);
    // the first session form shows every required segment as unheard; what the inclusiveness check sets (segments
    // heard, mediation, document versions) starts absent
    MISSING_SEGMENTS_TEXT.on(execution).set(InclusivenessCheck.missingText(setup.requiredSegments(), words));
  }

}
