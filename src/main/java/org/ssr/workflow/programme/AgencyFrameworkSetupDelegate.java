package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Variable;

/**
 * Step 7, first task of each institution's sub-flow: which agency group drafts the framework (the oversight bodies
 * that review it are {@link ProgrammeReviewers#agencyFramework}). Declares the sub-flow's document and review
 * variables locally, so institutions working in parallel never overwrite each other's drafts or review outcomes.
 */
@Component(ProgrammeProcess.Beans.AGENCY_FRAMEWORK_SETUP)
public class AgencyFrameworkSetupDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String id = INSTITUTION.from(execution).get();
    Institution institution = Institution.byId(id)
        .orElseThrow(() -> new IllegalStateException("Unknown institution in scope: " + id));
    AGENCY_GROUP.on(execution).setLocal(institution.agencyGroup());
    INSTITUTION_NAME.on(execution).setLocal(institution.label());
    AGENCY_FRAMEWORK_VERSION.on(execution).setLocal(0);
    for (Variable<?> local : AGENCY_FRAMEWORK_LOCALS) {
      local.on(execution).setLocal(null);
    }
  }
}
