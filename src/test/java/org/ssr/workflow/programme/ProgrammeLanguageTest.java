package org.ssr.workflow.programme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.junit.jupiter.api.Test;

/**
 * The programme's language as what the programme produces reads it: from the scope at hand, else up the call chain
 * (a review, risk or implementation the programme called); a language we do not speak reads as English.
 */
class ProgrammeLanguageTest {

  @Test
  void aCalledReviewSpeaksTheLanguageOfTheProgrammeThatCalledIt() {
    DelegateExecution programme = execution(null, "fr");
    DelegateExecution review = execution(programme, null);
    DelegateTask task = mock(DelegateTask.class);
    when(task.getExecution()).thenReturn(review);

    assertThat(ProgrammeLanguage.of(review)).isEqualTo("fr");
    assertThat(ProgrammeLanguage.of(null, task)).as("a task of the review").isEqualTo("fr");
    assertThat(ProgrammeLanguage.of(execution(programme, "pt"))).as("the nearest scope wins").isEqualTo("pt");
    assertThat(ProgrammeLanguage.of(execution(null, "PT "))).isEqualTo("pt");
    assertThat(ProgrammeLanguage.of(execution(null, "de"))).as("not one of ours").isEqualTo("en");
  }

  /** An execution of a process instance called from {@code caller} (null: a root instance). */
  private static DelegateExecution execution(DelegateExecution caller, String language) {
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable(ProgrammeProcess.Variables.PROGRAMME_LANGUAGE.name())).thenReturn(language);
    DelegateExecution instance = mock(DelegateExecution.class);
    when(execution.getProcessInstance()).thenReturn(instance);
    when(instance.getSuperExecution()).thenReturn(caller);
    return execution;
  }
}
