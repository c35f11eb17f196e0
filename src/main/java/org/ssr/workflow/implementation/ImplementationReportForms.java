package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Labelled;
import org.ssr.workflow.programme.Institution;
import org.ssr.workflow.programme.ProgrammeLanguage;
import org.springframework.stereotype.Component;

/**
 * Expressions of the model's input parameters: who reports for an institution and what its report form and the
 * amendment form start with ({@code ${implementationReportForms.rows(execution, reportingInstitution)}}).
 */
@Component(ImplementationProcess.Beans.REPORT_FORMS)
public class ImplementationReportForms {

  private final ImplementationService service;

  public ImplementationReportForms(ImplementationService service) {
    this.service = service;
  }

  /** The agency group of an institution in scope (docs/roles.md). */
  public String groupOf(String institution) {
    return Institution.byId(institution).map(Institution::agencyGroup).orElseThrow(
        () -> new IllegalStateException("No agency group for institution '" + institution + "'"));
  }

  public String nameOf(String institution) {
    return Labelled.labelOf(Institution.class, institution);
  }

  /** The report form's rows (Spin Json, the type Tasklist sends back for a dynamic list). */
  public Object rows(VariableScope scope, String institution) {
    String language = scope instanceof DelegateExecution execution ? ProgrammeLanguage.of(execution)
        : Languages.ENGLISH;
    return ACTION_REPORTS.stored(service.reportRows(ImplementationData.baseline(scope),
        ImplementationData.reports(scope), institution, REPORTING_YEAR.from(scope).required(), language));
  }

  /** The amendment form's rows: the baseline in force, as the strategy form writes it (Spin Json). */
  public Object amendmentRows(VariableScope scope) {
    return AMENDED_ACTIONS.stored(service.amendmentRows(ImplementationData.baseline(scope)));
  }
}
