package org.ssr.workflow.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.core.variable.CoreVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.AbstractVariableScope;
import org.camunda.bpm.engine.impl.core.variable.scope.SimpleVariableInstance;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceFactory;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableInstanceLifecycleListener;
import org.camunda.bpm.engine.impl.core.variable.scope.VariableStore;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.variable.Variables;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;

/**
 * The name Tasklist lists for a user task, in the programme's language (docs/languages.md, "Task names"): when a task is
 * created in a programme whose language is not English, its name becomes the translated pattern of
 * {@code i18n/tasks_<lang>.properties} (key {@code <process key>.<activity id>}) with its {@code ${...}} expressions
 * evaluated by the engine's own expression manager, as the engine evaluated the model's English name. The values the
 * forms show in the programme's words ({@link FormTexts}: an institution's, a body's, an agency's name) are the same
 * in the name: the expressions see them over the task's variables. English programmes keep the model's name; a task
 * without a translation (none is missing: {@code TaskNamesTest}) too.
 */
final class TaskNames {

  static final String BUNDLE = "tasks";

  private TaskNames() {
  }

  /** The key of a user task in the bundle. */
  static String key(String processKey, String activityId) {
    return processKey + "." + activityId;
  }

  /** Names the task in its programme's language (given: {@code ProgrammeLanguage.of(task)}), unless English. */
  static void name(DelegateTask task, String language) {
    if (task.getExecution() == null || Languages.ENGLISH.equals(language)) {
      return;
    }
    String processKey = ((ExecutionEntity) task.getExecution()).getProcessDefinition().getKey();
    String pattern = Messages.file(BUNDLE, language).get(key(processKey, task.getTaskDefinitionKey()));
    if (pattern == null) {
      return;
    }
    Object name = Context.getProcessEngineConfiguration().getExpressionManager().createExpression(pattern)
        .getValue(new Shown((AbstractVariableScope) task, FormTexts.texts(task, language)));
    if (name != null) {
      task.setName(name.toString());
    }
  }

  /** The task's variables, with the values the forms show in the programme's words in front of the stored codes. */
  private static final class Shown extends AbstractVariableScope {
    private static final long serialVersionUID = 1L;

    private final AbstractVariableScope task;
    private final VariableStore<CoreVariableInstance> texts = new VariableStore<>();

    Shown(AbstractVariableScope task, Map<String, String> texts) {
      this.task = task;
      texts.forEach((name, text) -> this.texts.addVariable(
          new SimpleVariableInstance(name, Variables.stringValue(text))));
    }

    @Override
    protected VariableStore<CoreVariableInstance> getVariableStore() {
      return texts;
    }

    @Override
    protected VariableInstanceFactory<CoreVariableInstance> getVariableInstanceFactory() {
      return (name, value, isTransient) -> new SimpleVariableInstance(name, value);
    }

    @Override
    protected List<VariableInstanceLifecycleListener<CoreVariableInstance>> getVariableInstanceLifecycleListeners() {
      return new ArrayList<>();
    }

    @Override
    public AbstractVariableScope getParentVariableScope() {
      return task;
    }
  }
}
