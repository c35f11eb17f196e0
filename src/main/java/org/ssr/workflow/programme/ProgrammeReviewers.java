package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.INSTITUTION;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.OVERSIGHT_BODIES;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.ssr.workflow.programme.Institution.OversightBody;

/**
 * Which oversight bodies review a document, computed where the review is called
 * ({@code <camunda:in sourceExpression="${programmeReviewers.nsp(execution)}" target="reviewGroups"/>}) instead of
 * being kept as one process variable per document: parliament approves the National Security Policy and the financial
 * plan, parliament and the independent civil-society monitor review the governance structures, and each institution's
 * policy framework goes to the bodies the start form named for it (its default bodies when it named none).
 *
 * <p>Returns mutable lists: the engine stores them JSON-serialized in the called review, and reads them back by type
 * name.
 */
@Component(ProgrammeProcess.Beans.PROGRAMME_REVIEWERS)
public class ProgrammeReviewers {

  public List<String> nsp(DelegateExecution execution) {
    return new ArrayList<>(List.of(OversightBody.PARLIAMENT));
  }

  public List<String> governanceStructures(DelegateExecution execution) {
    return new ArrayList<>(List.of(OversightBody.PARLIAMENT, OversightBody.CIVIL_SOCIETY_MONITOR));
  }

  public List<String> financialPlan(DelegateExecution execution) {
    return new ArrayList<>(List.of(OversightBody.PARLIAMENT));
  }

  /** In step 7, inside one institution's sub-flow (its {@code institution} element variable). */
  public List<String> agencyFramework(DelegateExecution execution) {
    String id = INSTITUTION.from(execution).get();
    Institution institution = Institution.byId(id)
        .orElseThrow(() -> new IllegalStateException("Unknown institution in scope: " + id));
    Map<String, List<String>> bodies = OVERSIGHT_BODIES.from(execution).get();
    List<String> named = bodies == null ? List.of() : bodies.getOrDefault(id, List.of());
    return new ArrayList<>(named.isEmpty() ? institution.defaultOversightBodies() : named);
  }
}
