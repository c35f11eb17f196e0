package org.ssr.workflow.programme;

import static org.ssr.workflow.programme.ProgrammeProcess.Variables.AGREEMENT_LEDGER;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.GAPS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.GAP_OPTIONS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.INSTITUTIONS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.INSTITUTION_OPTIONS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.PRIORITIES;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.PRIORITY_OPTIONS;
import static org.ssr.workflow.programme.ProgrammeProcess.Variables.THREATS;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import org.ssr.workflow.programme.ProgrammeContent.Gap;
import org.ssr.workflow.programme.ProgrammeContent.Priority;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;

/**
 * The negotiated content as data (issue 15), one bean for the steps that yield or cite it:
 *
 * <ul>
 *   <li>on complete of the strategic analysis: the threats ({@code threats}, numbered T-1..);
 *   <li>on complete of the NSP draft and revision: the priorities ({@code priorities}, P-1..), each citing agreements
 *       of the ledger and threats that exist; a REST client that sends none keeps what there was;
 *   <li>on create of the gap analysis: the priorities and institutions its selects offer (task-local); on complete:
 *       the gaps ({@code gaps}, G-1..), each of an institution in scope and citing priorities that exist;
 *   <li>on create of the strategy: the gaps and priorities its actions' taglists offer (task-local); the actions
 *       themselves are checked by {@link TransformationStrategyDelegate}.
 * </ul>
 *
 * A citation of something that does not exist refuses the form (400) naming the item; a value that is not a list
 * is refused by the variable's reading rules (400 naming the field).
 */
@Component(ProgrammeProcess.Beans.PROGRAMME_CONTENT)
public class ProgrammeContentListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String element = task.getTaskDefinitionKey();
    boolean create = EVENTNAME_CREATE.equals(task.getEventName());
    switch (element) {
      case Elements.STRATEGIC_ANALYSIS -> {
        if (!create) {
          THREATS.on(task.getExecution()).set(ProgrammeContent.threats(THREATS.from(task).get(),
              ProgrammeLanguage.of(task))
              .stream().map(ProgrammeContent.Threat::toMap).toList());
        }
      }
      case Elements.DRAFT_NSP, Elements.REVISE_NSP -> {
        if (!create && PRIORITIES.from(task).isPresent()) {
          List<Priority> priorities = ProgrammeContent.priorities(PRIORITIES.from(task).get(),
              ProgrammeContent.agreementIds(AGREEMENT_LEDGER.from(task).get()), threatIds(task),
              ProgrammeLanguage.of(task));
          PRIORITIES.on(task.getExecution()).set(priorities.stream().map(Priority::toMap).toList());
        }
      }
      case Elements.GAP_ANALYSIS -> {
        if (create) {
          PRIORITY_OPTIONS.on(task).setLocal(ProgrammeContent.priorityOptions(priorities(task)));
          INSTITUTION_OPTIONS.on(task).setLocal(ProgrammeContent.institutionOptions(INSTITUTIONS.from(task).get(),
              ProgrammeWords.of(ProgrammeLanguage.of(task))));
        } else {
          List<Gap> gaps = ProgrammeContent.gaps(GAPS.from(task).get(), INSTITUTIONS.from(task).get(),
              ids(priorities(task).stream().map(Priority::id).toList()), ProgrammeLanguage.of(task));
          GAPS.on(task.getExecution()).set(gaps.stream().map(Gap::toMap).toList());
        }
      }
      case Elements.DRAFT_TRANSFORMATION_STRATEGY -> {
        if (create) {
          PRIORITY_OPTIONS.on(task).setLocal(ProgrammeContent.priorityOptions(priorities(task)));
          GAP_OPTIONS.on(task).setLocal(ProgrammeContent.gapOptions(ProgrammeContent.storedGaps(GAPS.from(task).get()),
              ProgrammeWords.of(ProgrammeLanguage.of(task))));
        }
      }
      default -> throw new IllegalStateException("No programme content is kept for task " + element);
    }
  }

  private static List<Priority> priorities(DelegateTask task) {
    return ProgrammeContent.storedPriorities(PRIORITIES.from(task).get());
  }

  private static Set<String> threatIds(DelegateTask task) {
    return ids(ProgrammeContent.storedThreats(THREATS.from(task).get()).stream()
        .map(ProgrammeContent.Threat::id).toList());
  }

  private static Set<String> ids(List<String> ids) {
    return new LinkedHashSet<>(ids);
  }
}
