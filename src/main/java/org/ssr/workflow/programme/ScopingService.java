package org.ssr.workflow.programme;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;

/**
 * Scoping: the coordination unit marks each of steps 3 to 10 as applying or not. A step that does not apply needs a
 * written justification; 1, 2, 11 and 12 always apply. The form enforces this too, but REST clients skip forms.
 */
@Service
public class ScopingService {

  /**
   * @param applies per step number 3..10, whether it applies; a missing entry means it applies
   * @param justifications per step number, why it does not apply
   * @throws ProgrammeInputRejectedException naming every skipped step without a justification
   */
  public List<ScopedStep> decide(Map<Integer, Boolean> applies, Map<Integer, String> justifications) {
    return decide(applies, justifications, null);
  }

  /** As {@link #decide(Map, Map)}, refused in the language of the person submitting, else {@code programmeLanguage}. */
  public List<ScopedStep> decide(Map<Integer, Boolean> applies, Map<Integer, String> justifications,
      String programmeLanguage) {
    ProgrammeWords words = ProgrammeInputRejectedException.words(programmeLanguage);
    List<ScopedStep> scope = new ArrayList<>();
    List<String> unjustified = new ArrayList<>();
    for (ProgrammeStep step : ProgrammeStep.optionalSteps()) {
      boolean stepApplies = !Boolean.FALSE.equals(applies.get(step.number()));
      String justification = justifications.get(step.number());
      justification = justification == null ? "" : justification.trim();
      if (!stepApplies && justification.isEmpty()) {
        unjustified.add(words.text("refused.scoping.step", step.number(), words.glossary("step." + step.number())));
      }
      scope.add(new ScopedStep(step.number(), step.title(), stepApplies, stepApplies ? null : justification));
    }
    if (!unjustified.isEmpty()) {
      throw ProgrammeInputRejectedException.refused(words, "scoping", String.join(", ", unjustified));
    }
    return scope;
  }

  public List<ScopedStep> skipped(List<ScopedStep> scope) {
    return scope.stream().filter(s -> !s.applies()).toList();
  }
}
