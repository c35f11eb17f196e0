package org.ssr.workflow.programme;

import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.programme.ProgrammeProcess.Variables;

/**
 * Each upload of a document under review (NSP, agency framework, governance charter) is a new version: the oversight
 * review and the decision log name the version that was decided on.
 */
@Component(ProgrammeProcess.Beans.DOCUMENT_VERSION)
public class DocumentVersionListener implements TaskListener {

  /** The document a task uploads and the version it counts. */
  private record Versioned(Variable<FileValue> document, Variable<Integer> version) {}

  private static final Versioned NSP = new Versioned(Variables.NSP_DOCUMENT, Variables.NSP_VERSION);
  private static final Versioned AGENCY_FRAMEWORK =
      new Versioned(Variables.AGENCY_FRAMEWORK_DOCUMENT, Variables.AGENCY_FRAMEWORK_VERSION);
  private static final Versioned GOVERNANCE_CHARTER =
      new Versioned(Variables.GOVERNANCE_CHARTER, Variables.GOVERNANCE_CHARTER_VERSION);

  private static final Map<String, Versioned> OF_TASK = Map.of(
      Elements.DRAFT_NSP, NSP,
      Elements.REVISE_NSP, NSP,
      Elements.DRAFT_AGENCY_FRAMEWORK, AGENCY_FRAMEWORK,
      Elements.REVISE_AGENCY_FRAMEWORK, AGENCY_FRAMEWORK,
      Elements.DEVELOP_GOVERNANCE_STRUCTURES, GOVERNANCE_CHARTER,
      Elements.REVISE_GOVERNANCE_STRUCTURES, GOVERNANCE_CHARTER);

  @Override
  public void notify(DelegateTask task) {
    Versioned versioned = OF_TASK.get(task.getTaskDefinitionKey());
    if (versioned == null) {
      throw new IllegalStateException("No document version is kept for task " + task.getTaskDefinitionKey());
    }
    // the form asks for the file too, but a REST client can complete the task without one
    if (!versioned.document().from(task).isPresent()) {
      throw ProgrammeInputRejectedException.refused(ProgrammeLanguage.of(task), "document.missing",
          versioned.document().name());
    }
    // set on the execution: reaches the sub-flow's local version in step 7, the programme's otherwise
    versioned.version().on(task.getExecution()).set(versioned.version().from(task).orElse(0) + 1);
  }
}
