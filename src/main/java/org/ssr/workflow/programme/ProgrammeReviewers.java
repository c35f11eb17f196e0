package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.INSTITUTION;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.OVERSIGHT_BODIES;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.OVERSIGHT_CHARTERS;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;
import org.ssr.workflow.programme.Institution.OversightBody;

/**
 * Which oversight bodies review a document, computed where the review is called
 * ({@code <camunda:in sourceExpression="${programmeReviewers.nsp(execution)}" target="reviewGroups"/>}): the oversight
 * charter in force when the review starts decides (step 11, {@link OversightCharter}); the called review keeps the
 * bodies it was given, so a later charter changes later reviews only. Without a charter (a programme started before
 * the charter was recorded): parliament approves the National Security Policy and the financial plan, and each
 * institution's policy framework goes to the bodies the start form named for it (its default bodies when it named
 * none). Parliament and the independent civil-society monitor always review the governance structures themselves:
 * the charter does not choose its own reviewers.
 *
 * <p>Returns mutable lists: the engine stores them JSON-serialized in the called review, and reads them back by type
 * name.
 */
@Component(ProgrammeProcess.Beans.PROGRAMME_REVIEWERS)
public class ProgrammeReviewers {

  public List<String> nsp(DelegateExecution execution) {
    return new ArrayList<>(charter(execution).map(OversightCharter::nspReviewers)
        .filter(bodies -> !bodies.isEmpty())
        .orElse(List.of(OversightBody.PARLIAMENT)));
  }

  public List<String> governanceStructures(DelegateExecution execution) {
    return new ArrayList<>(List.of(OversightBody.PARLIAMENT, OversightBody.CIVIL_SOCIETY_MONITOR));
  }

  public List<String> financialPlan(DelegateExecution execution) {
    return new ArrayList<>(charter(execution).map(OversightCharter::planReviewers)
        .filter(bodies -> !bodies.isEmpty())
        .orElse(List.of(OversightBody.PARLIAMENT)));
  }

  /** In step 7, inside one institution's sub-flow (its {@code institution} element variable). */
  public List<String> agencyFramework(DelegateExecution execution) {
    String id = INSTITUTION.from(execution).get();
    Institution institution = Institution.byId(id)
        .orElseThrow(() -> new IllegalStateException("Unknown institution in scope: " + id));
    List<String> chartered = charter(execution).map(c -> OversightCharter.frameworkReviewers(c, id))
        .orElse(List.of());
    if (!chartered.isEmpty()) {
      return new ArrayList<>(chartered);
    }
    Map<String, List<String>> bodies = OVERSIGHT_BODIES.from(execution).get();
    List<String> named = bodies == null ? List.of() : bodies.getOrDefault(id, List.of());
    return new ArrayList<>(named.isEmpty() ? institution.defaultOversightBodies() : named);
  }

  private static Optional<Map<String, Object>> charter(DelegateExecution execution) {
    return OversightCharter.current(OVERSIGHT_CHARTERS.from(execution).get());
  }
}
