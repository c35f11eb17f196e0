package org.ssr.workflow.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.ssr.workflow.engine.Languages;
import org.ssr.workflow.engine.Messages;

/**
 * The task names' bundle ({@code i18n/tasks*.properties}, docs/languages.md "Task names") cannot drift from the models:
 * every user task of every model in bpmn/ has its key, the English text is the model's name exactly, no key names a
 * task that no longer exists, and every language keeps the same {@code ${...}} expressions (which the engine
 * evaluates; a dropped or renamed one would show a wrong value or fail the task's creation).
 */
class TaskNamesTest {

  private static final Pattern EXPRESSION = Pattern.compile("\\$\\{[^}]*}");

  @Test
  void theEnglishBundleIsTheModelsNamesAndEveryLanguageKeepsTheirExpressions() throws Exception {
    Map<String, String> models = modelNames();
    assertThat(models).as("user tasks in bpmn/").hasSizeGreaterThan(40)
        .containsEntry("ssr-programme.UserTask_DeclareConsensus", "Declare national consensus");
    Map<String, String> english = Messages.file(TaskNames.BUNDLE, Languages.ENGLISH);
    List<String> problems = new ArrayList<>();
    models.forEach((key, name) -> {
      if (!english.containsKey(key)) {
        problems.add(key + ": missing in i18n/tasks.properties (write: " + key + "=" + name + ")");
      } else if (!english.get(key).equals(name)) {
        problems.add(key + ": the model's name is \"" + name + "\", i18n/tasks.properties says \"" + english.get(key)
            + "\" (update the English text and its translations)");
      }
    });
    for (String key : english.keySet()) {
      if (!models.containsKey(key)) {
        problems.add(key + ": no such user task in bpmn/ (renamed or removed?)");
      }
    }
    for (String language : Languages.supported()) {
      Map<String, String> texts = Messages.file(TaskNames.BUNDLE, language);
      models.forEach((key, name) -> {
        String text = texts.get(key);
        if (text != null && !expressions(text).equals(expressions(name))) {
          problems.add("tasks_" + language + ": " + key + ": expressions " + expressions(name) + " became "
              + expressions(text));
        }
      });
    }
    assertThat(problems).as("problems of i18n/tasks*.properties").isEmpty();
    // the other direction (a key missing in a language) is MessageFilesTest's
  }

  @Test
  void anExpressionChangedInATranslationIsFound() {
    assertThat(expressions("${reportingInstitutionName}: report progress for ${reportingYear}"))
        .isNotEqualTo(expressions("${reportingInstitution} : rendre compte des progrès de ${reportingYear}"));
    assertThat(expressions("Amend the transformation strategy (baseline ${baselineVersion + 1})"))
        .isEqualTo(expressions("Modifier la stratégie de transformation (référence ${baselineVersion + 1})"));
  }

  private static Set<String> expressions(String text) {
    Set<String> found = new TreeSet<>();
    Matcher matcher = EXPRESSION.matcher(text);
    while (matcher.find()) {
      found.add(matcher.group());
    }
    return found;
  }

  /** {@code <process key>.<activity id>} → the model's name, for every user task of every model in bpmn/. */
  private static Map<String, String> modelNames() throws URISyntaxException {
    Path directory = Path.of(TaskNamesTest.class.getClassLoader().getResource("bpmn").toURI());
    Map<String, String> names = new TreeMap<>();
    try (Stream<Path> files = Files.walk(directory)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).sorted().toList()) {
        for (Process process : Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(Process.class)) {
          for (UserTask task : process.getChildElementsByType(UserTask.class)) {
            names.put(TaskNames.key(process.getId(), task.getId()), task.getName());
          }
          collect(process, process.getId(), names);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return names;
  }

  /** User tasks inside sub-processes too. */
  private static void collect(org.camunda.bpm.model.xml.instance.ModelElementInstance scope, String processKey,
      Map<String, String> names) {
    for (org.camunda.bpm.model.bpmn.instance.SubProcess sub
        : scope.getChildElementsByType(org.camunda.bpm.model.bpmn.instance.SubProcess.class)) {
      for (UserTask task : sub.getChildElementsByType(UserTask.class)) {
        names.put(TaskNames.key(processKey, task.getId()), task.getName());
      }
      collect(sub, processKey, names);
    }
  }
}
