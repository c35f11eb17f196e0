package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Step 7, first task of each institution's sub-flow: which agency group drafts the framework and which oversight
 * bodies review it. Declares the sub-flow's document and review variables locally, so institutions working in
 * parallel never overwrite each other's drafts or review outcomes.
 */
@Component(ProgrammeProcess.Beans.AGENCY_FRAMEWORK_SETUP)
public class AgencyFrameworkSetupDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    String id = VariableValues.text(INSTITUTION.from(execution).get());
    Institution institution = Institution.byId(id)
        .orElseThrow(() -> new IllegalStateException("Unknown institution in scope: " + id));
    Object bodies = execution.getVariable(OVERSIGHT_BODIES.name());
    List<String> groups = bodies instanceof Map<?, ?> map ? VariableValues.strings(map.get(id)) : List.of();
    if (groups.isEmpty()) {
      groups = institution.defaultOversightBodies();
    }
    execution.setVariableLocal(AGENCY_GROUP.name(), institution.agencyGroup());
    execution.setVariableLocal(INSTITUTION_NAME.name(), institution.label());
    execution.setVariableLocal(AGENCY_REVIEW_GROUPS.name(), VariableValues.javaObject(new ArrayList<>(groups)));
    execution.setVariableLocal(AGENCY_FRAMEWORK_VERSION.name(), 0);
    for (String local : AGENCY_FRAMEWORK_LOCALS) {
      execution.setVariableLocal(local, null);
    }
  }
}
