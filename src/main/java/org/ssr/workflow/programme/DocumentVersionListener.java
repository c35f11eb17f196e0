package org.ssr.workflow.programme;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.programme.ProgrammeProcess.Variables;

/**
 * Each upload of a document under review (NSP, agency framework, governance charter) is a new version: the oversight
 * review and the decision log name the version that was decided on.
 */
@Component(ProgrammeProcess.Beans.DOCUMENT_VERSION)
public class DocumentVersionListener implements TaskListener {

  private static final Map<String, String> VERSION_OF_TASK = Map.of(
      Elements.DRAFT_NSP, Variables.NSP_VERSION.name(),
      Elements.REVISE_NSP, Variables.NSP_VERSION.name(),
      Elements.DRAFT_AGENCY_FRAMEWORK, Variables.AGENCY_FRAMEWORK_VERSION.name(),
      Elements.REVISE_AGENCY_FRAMEWORK, Variables.AGENCY_FRAMEWORK_VERSION.name(),
      Elements.DEVELOP_GOVERNANCE_STRUCTURES, Variables.GOVERNANCE_CHARTER_VERSION.name(),
      Elements.REVISE_GOVERNANCE_STRUCTURES, Variables.GOVERNANCE_CHARTER_VERSION.name());

  private static final Map<String, String> DOCUMENT_OF_TASK = Map.of(
      Elements.DRAFT_NSP, Variables.NSP_DOCUMENT.name(),
      Elements.REVISE_NSP, Variables.NSP_DOCUMENT.name(),
      Elements.DRAFT_AGENCY_FRAMEWORK, Variables.AGENCY_FRAMEWORK_DOCUMENT.name(),
      Elements.REVISE_AGENCY_FRAMEWORK, Variables.AGENCY_FRAMEWORK_DOCUMENT.name(),
      Elements.DEVELOP_GOVERNANCE_STRUCTURES, Variables.GOVERNANCE_CHARTER.name(),
      Elements.REVISE_GOVERNANCE_STRUCTURES, Variables.GOVERNANCE_CHARTER.name());

  @Override
  public void notify(DelegateTask task) {
    String variable = VERSION_OF_TASK.get(task.getTaskDefinitionKey());
    if (variable == null) {
      throw new IllegalStateException("No document version is kept for task " + task.getTaskDefinitionKey());
    }
    // the form asks for the file too, but a REST client can complete the task without one
    if (task.getVariable(DOCUMENT_OF_TASK.get(task.getTaskDefinitionKey())) == null) {
      throw new ProgrammeInputRejectedException("Attach the document for the oversight review ("
          + DOCUMENT_OF_TASK.get(task.getTaskDefinitionKey()) + ") before completing the task.");
    }
    // setVariable reaches the sub-flow's local version in step 7, the programme's otherwise
    task.getExecution().setVariable(variable, VariableValues.integer(task.getVariable(variable)) + 1);
  }
}
