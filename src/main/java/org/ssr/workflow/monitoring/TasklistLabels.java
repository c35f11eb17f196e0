package org.ssr.workflow.monitoring;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;
import org.ssr.workflow.engine.Variable;
import org.ssr.workflow.finance.FinancialPlanProcess;
import org.ssr.workflow.identity.TasklistColumns;
import org.ssr.workflow.oversight.OversightReviewProcess;
import org.ssr.workflow.programme.ProgrammeLanguage;
import org.ssr.workflow.programme.ProgrammeProcess;
import org.ssr.workflow.risk.RiskHandlingProcess;
import org.ssr.workflow.risk.RiskLevel;

/**
 * Writes {@link TasklistColumns} onto every user task when it is created: the programme, what the task is about and
 * the programme's term, read through the catalogues of the processes that own them (here, because monitoring is the
 * package that may know every feature). The columns are display copies, written and deleted with their task: they
 * are kept out of the history ({@link ColumnsOutOfHistory}), which saves two history rows per column and task.
 */
@Component
public class TasklistLabels extends AbstractProcessEnginePlugin {

  private static final TaskListener LABELLER = TasklistLabels::label;
  /**
   * After the columns, with the programme's language looked up once: the task's name ({@link TaskNames}), then, for a
   * Camunda Form, the form's values ({@link FormTexts}; after the name, which reads the codes from the task).
   */
  private static final TaskListener NAMER = task -> TaskNames.name(task, ProgrammeLanguage.of(task));
  private static final TaskListener NAMER_AND_FORM_TEXTS = task -> {
    String language = ProgrammeLanguage.of(task);
    TaskNames.name(task, language);
    FormTexts.write(task, language);
  };

  /** What a task may be about, after a review and a risk, first found wins. */
  private static final List<Variable<String>> OTHER_SUBJECTS = List.of(ProgrammeProcess.Variables.INSTITUTION_NAME,
      ProgrammeProcess.Variables.INSTITUTION, FinancialPlanProcess.Variables.DONOR, ProgrammeProcess.Variables.REGION);

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
        if (activity.getActivityBehavior() instanceof UserTaskActivityBehavior behavior) {
          behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, LABELLER);
          // form texts for Camunda Forms only: the embedded forms read the codes and show them in the person's language
          behavior.getTaskDefinition().addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE,
              userTaskElement.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "formRef") != null
                  ? NAMER_AND_FORM_TEXTS : NAMER);
        }
      }
    });
    // the engine's own history writer, minus the columns
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    if (configuration.getCustomHistoryEventHandlers() == null) {
      configuration.setCustomHistoryEventHandlers(new ArrayList<>());
    }
    configuration.getCustomHistoryEventHandlers().add(0, new ColumnsOutOfHistory());
  }

  static void label(DelegateTask task) {
    String programme = programme(task.getExecution());
    if (programme != null) {
      TasklistColumns.PROGRAMME.on(task).setLocal(programme);
    }
    String term = nearest(task.getExecution(), ProgrammeProcess.Variables.PROGRAMME_TERM);
    if (term != null) {
      TasklistColumns.TERM.on(task).setLocal(term);
    }
    String subject = subject(task);
    if (subject != null) {
      TasklistColumns.SUBJECT.on(task).setLocal(subject);
    }
  }

  /** "CODE – name": the code from the nearest scope, the name from the programme (the root of a call chain). */
  static String programme(DelegateExecution execution) {
    String code = nearest(execution, ProgrammeProcess.Variables.PROGRAMME_CODE);
    String name = nearest(execution, ProgrammeProcess.Variables.PROGRAMME_NAME);
    if (code == null) {
      return name;
    }
    return name == null ? code : code + " – " + name;
  }

  /** The variable from the nearest scope that has it, up the call chain to the programme. */
  static String nearest(DelegateExecution execution, Variable<String> variable) {
    for (DelegateExecution scope = execution; scope != null; scope = scope.getProcessInstance().getSuperExecution()) {
      String value = shown(variable, scope);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The first of: the reviewed document, the risk, the institution, the donor, the region. */
  static String subject(DelegateTask task) {
    String review = shown(OversightReviewProcess.Variables.REVIEW_SUBJECT, task);
    if (review != null) {
      Integer version = OversightReviewProcess.Variables.REVIEW_VERSION.from(task).get();
      return version == null ? review : review + " (version " + version + ")";
    }
    String risk = shown(RiskHandlingProcess.Variables.RISK_TITLE, task);
    if (risk != null) {
      RiskLevel level = RiskHandlingProcess.Variables.RISK_LEVEL.from(task.getExecution()).get();
      return level == null ? risk : risk + " [" + level.id() + "]";
    }
    for (Variable<String> other : OTHER_SUBJECTS) {
      String value = shown(other, task);
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The value as a list column shows it: at most 200 characters. */
  private static String shown(Variable<String> variable, VariableScope scope) {
    String text = variable.from(scope).get();
    if (text == null || text.isEmpty()) {
      return null;
    }
    return text.length() > 200 ? text.substring(0, 199) + "…" : text;
  }

  /** The engine's database history writer, except for the variable events of the list columns and form texts. */
  static final class ColumnsOutOfHistory extends DbHistoryEventHandler {
    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricVariableUpdateEventEntity variable
          && (TasklistColumns.isColumn(variable.getVariableName()) || FormTexts.names().contains(variable.getVariableName()))
          && variable.getTaskId() != null) {
        return;
      }
      super.handleEvent(event);
    }
  }
}
