package org.ssr.workflow.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ssr.workflow.engine.Variable;

/**
 * The list columns of every application filter in Tasklist ({@link TasklistFilters}): task-local variables on each
 * user task with display values, written when the task is created (monitoring's {@code TasklistLabels}, which knows
 * the features' catalogues). Their names start with {@code list} so that they never shadow a variable a form submits.
 *
 * <p>Why task-local copies: a filter's list columns are read with the engine's variable query, which shows a
 * process-level variable only to someone who may read the whole process instance. Candidate groups may read their
 * task, not the instance (a donor must not read the programme's variables). They are display copies, so they are
 * kept out of the history.
 */
public final class TasklistColumns {

  /** "CODE – name" of the programme the task belongs to (also for a called review or risk). */
  public static final Variable<String> PROGRAMME = Variable.text("listProgramme");
  /** What the task is about: the reviewed document, the risk, the institution, the donor or the region. */
  public static final Variable<String> SUBJECT = Variable.text("listSubject");
  /**
   * The programme's own term ("Security Sector Reform" or "Security Sector Transformation"): Tasklist names every
   * task's process "Security Sector Reform programme", whatever the programme calls itself.
   */
  public static final Variable<String> TERM = Variable.text("listTerm");

  public static final List<Variable<String>> ALL = List.of(PROGRAMME, SUBJECT, TERM);
  private static final Set<String> NAMES = Set.of(PROGRAMME.name(), SUBJECT.name(), TERM.name());

  /** The {@code properties.variables} of every application filter. */
  public static final List<Map<String, String>> FILTER_COLUMNS = List.of(
      Map.of("name", PROGRAMME.name(), "label", "Programme"),
      // Tasklist shows two columns before "show more": the subject, where a task has one, comes before the term
      Map.of("name", SUBJECT.name(), "label", "Subject"),
      Map.of("name", TERM.name(), "label", "Term"));

  private TasklistColumns() {}

  /** Whether a variable name is one of the columns. */
  public static boolean isColumn(String variableName) {
    return NAMES.contains(variableName);
  }
}
