package org.ssr.workflow.browser;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * One programme's scenario as its people click it in Tasklist: logs in as each role in turn, opens the role's task
 * from its filter by the programme's code, completes it, and runs the due jobs of this programme only — its instances
 * (by business key) and every instance they called — so that a scenario moving the engine clock leaves the other
 * browser tests' instances in the shared database alone.
 */
final class ProgrammeRoles {

  private final BrowserSession browser;
  private final ProcessEngine engine;
  private final String code;
  private final Tasklist tasklist;
  private String loggedIn;

  ProgrammeRoles(BrowserSession browser, ProcessEngine engine, String code) {
    this.browser = browser;
    this.engine = engine;
    this.code = code;
    this.tasklist = new Tasklist(browser);
  }

  Tasklist tasklist() {
    return tasklist;
  }

  /** Logs in to Tasklist as {@code user}, unless already. */
  void as(String user) {
    if (user.equals(loggedIn)) {
      return;
    }
    leaveTasklist();
    browser.login("tasklist", user);
    loggedIn = user;
  }

  /** Logs out of Tasklist (e.g. before Cockpit). */
  void leaveTasklist() {
    if (loggedIn != null) {
      browser.logout();
      loggedIn = null;
    }
  }

  /** As {@code user}: opens the filter, the programme's task named {@code taskName}, claims it, waits for its form. */
  void open(String user, String filterKey, String taskName) {
    as(user);
    tasklist.openFilter(ProgrammeStartBrowserIT.filterName(filterKey));
    tasklist.openTaskNamed(taskName, code);
    tasklist.claim();
    tasklist.waitForFormLoaded();
    tasklist.assertNoErrorNotification("on opening \"" + taskName + "\" as " + user);
  }

  /** Screenshot, "Complete", and what the job executor would run next for this programme. */
  void complete(String step) {
    browser.step(step);
    tasklist.complete();
    runDueJobs();
  }

  /** Executes the due jobs of this programme's instances and those they called, until none is left. */
  void runDueJobs() {
    for (int round = 0; round < 50; round++) {
      Set<String> mine = instances();
      List<Job> due = engine.getManagementService().createJobQuery().executable().list().stream()
          .filter(job -> mine.contains(job.getProcessInstanceId())).toList();
      if (due.isEmpty()) {
        return;
      }
      engine.getManagementService().executeJob(due.get(0).getId());
    }
    throw new AssertionError("jobs keep creating jobs: more than 50 executed in a row");
  }

  /** The running instances with the programme's code as business key and every instance they called. */
  private Set<String> instances() {
    Set<String> found = new HashSet<>();
    Deque<String> parents = new ArrayDeque<>();
    engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(code).list()
        .forEach(instance -> parents.add(instance.getId()));
    while (!parents.isEmpty()) {
      String parent = parents.poll();
      if (found.add(parent)) {
        engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(parent).list().stream()
            .map(ProcessInstance::getId).forEach(parents::add);
      }
    }
    return found;
  }
}
