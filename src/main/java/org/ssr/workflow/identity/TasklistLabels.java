package org.ssr.workflow.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.spin.json.SpinJsonNode;
import org.springframework.stereotype.Component;

/**
 * What the Tasklist filters show beside each task: the programme and what the task is about.
 *
 * <p>Why task-local copies: a filter's list columns are read with the engine's variable query, which shows a
 * process-level variable only to someone who may read the whole process instance. Candidate groups may read their
 * task, not the instance (a donor must not read the programme's variables), so every user task gets, when it is
 * created, a few task-local variables with the display values. Their names start with {@code list} so that they can
 * never shadow a process variable a form submits.
 */
@Component
public class TasklistLabels extends AbstractProcessEnginePlugin {

  public static final String PROGRAMME = "listProgramme";
  public static final String SUBJECT = "listSubject";
  /**
   * The programme's own term ("Security Sector Reform" or "Security Sector Transformation"): Tasklist names every
   * task's process "Security Sector Reform programme", whatever the programme calls itself.
   */
  public static final String TERM = "listTerm";

  /** The {@code properties.variables} of every application filter. */
  public static final List<Map<String, String>> FILTER_COLUMNS = List.of(
      Map.of("name", PROGRAMME, "label", "Programme"),
      // Tasklist shows two columns before "show more": the subject, where a task has one, comes before the term
      Map.of("name", SUBJECT, "label", "Subject"),
      Map.of("name", TERM, "label", "Term"));

  private static final TaskListener LABELLER = TasklistLabels::label;

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
        }
      }
    });
  }

  static void label(DelegateTask task) {
    String programme = programme(task.getExecution());
    if (programme != null) {
      task.setVariableLocal(PROGRAMME, programme);
    }
    String term = nearest(task.getExecution(), "programmeTerm");
    if (term != null) {
      task.setVariableLocal(TERM, term);
    }
    String subject = subject(task);
    if (subject != null) {
      task.setVariableLocal(SUBJECT, subject);
    }
  }

  /** "CODE – name": the code from the nearest scope, the name from the programme (the root of a call chain). */
  static String programme(DelegateExecution execution) {
    String code = null;
    String name = null;
    for (DelegateExecution scope = execution; scope != null; scope = scope.getProcessInstance().getSuperExecution()) {
      if (code == null) {
        code = text(scope.getVariable("programmeCode"));
      }
      if (name == null) {
        name = text(scope.getVariable("programmeName"));
      }
    }
    if (code == null) {
      return name;
    }
    return name == null ? code : code + " – " + name;
  }

  /** The variable from the nearest scope that has it, up the call chain to the programme. */
  static String nearest(DelegateExecution execution, String variable) {
    for (DelegateExecution scope = execution; scope != null; scope = scope.getProcessInstance().getSuperExecution()) {
      String value = text(scope.getVariable(variable));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  /** The first of: the reviewed document, the risk, the institution, the donor, the region. */
  static String subject(DelegateTask task) {
    String review = text(task.getVariable("reviewSubject"));
    if (review != null) {
      String version = text(task.getVariable("reviewVersion"));
      return version == null ? review : review + " (version " + version + ")";
    }
    String risk = text(task.getVariable("riskTitle"));
    if (risk != null) {
      String level = text(task.getVariable("riskLevel"));
      return level == null ? risk : risk + " [" + level + "]";
    }
    for (String name : List.of("institutionName", "institution", "donor", "region")) {
      String value = text(task.getVariable(name));
      if (value != null) {
        return value;
      }
    }
    return null;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof SpinJsonNode json) {
      return json.isString() ? json.stringValue() : json.toString();
    }
    String text = value.toString().trim();
    if (text.isEmpty()) {
      return null;
    }
    return text.length() > 200 ? text.substring(0, 199) + "…" : text;
  }
}
