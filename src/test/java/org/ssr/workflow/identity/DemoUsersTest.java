package org.ssr.workflow.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.ssr.workflow.programme.Institution;
import org.ssr.workflow.security.RoleFixtures;
import org.ssr.workflow.support.Http;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Every candidate group of every deployed model has a demo user who can log in to Tasklist and work that group's
 * tasks: a demo programme covering every institution the set-up form offers must not stop at a task nobody can open.
 */
@SsrApplicationTest
class DemoUsersTest {

  /**
   * The groups a candidate-group expression of the models can produce. A new expression must be added here, with
   * where its values come from, or the test fails.
   */
  static final Map<String, List<String>> EXPRESSION_GROUPS = Map.of(
      // step 7: the agency group of each institution in scope (AgencyFrameworkSetupDelegate)
      "${agencyGroup}", Arrays.stream(Institution.values()).map(Institution::agencyGroup).toList(),
      // oversight-review: one task per reviewing body, chosen from the oversight bodies at set-up
      "${reviewGroup}", Institution.OversightBody.ALL,
      // local-security-report: the agency a local platform asked a follow-up of (LocalReportReader: institutions)
      "${followUpAgency}", Arrays.stream(Institution.values()).map(Institution::agencyGroup).toList(),
      // local-security-report: the platform of the report's region; the demo programme's one demo platform
      "${platformGroup}", List.of(DemoUsers.DEMO_LOCAL_PLATFORM),
      // programme-implementation: the agency group of each owner institution (ImplementationReportForms.groupOf)
      "${reportingGroup}", Arrays.stream(Institution.values()).map(Institution::agencyGroup).toList());

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort
  int port;

  @Autowired
  ProcessEngine engine;

  @Test
  void everyCandidateGroupOfEveryModelHasADemoUserWhoCanWorkItsTasks() throws Exception {
    Map<String, Set<String>> processesByGroup = candidateGroupsOfTheDeployedModels();
    assertThat(processesByGroup).as("candidate groups found in the models")
        .containsKeys(SsrGroups.COORDINATION_UNIT, SsrGroups.AGENCY_JUSTICE, SsrGroups.AGENCY_CORRECTIONS,
            SsrGroups.AGENCY_BORDER, SsrGroups.JUSTICE_OVERSIGHT, SsrGroups.DONORS);

    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Set<String>> entry : processesByGroup.entrySet()) {
      String group = entry.getKey();
      List<DemoUsers.DemoUser> users = DemoUsers.ALL.stream().filter(u -> u.groupId().equals(group)).toList();
      if (users.isEmpty()) {
        problems.add("no demo user in group " + group + " (tasks in " + entry.getValue() + ")");
        continue;
      }
      for (DemoUsers.DemoUser user : users) {
        HttpResponse<String> login = Http.anonymous(port).webappLogin("tasklist", user.id(), DemoUsers.PASSWORD);
        if (login.statusCode() != 200) {
          problems.add(user.id() + " cannot log in to Tasklist: HTTP " + login.statusCode());
        }
        // Tasklist shows a task's process, diagram and deployed form only with READ on the definition (through any
        // of the user's groups: a local platform member has the grants of localPlatforms)
        List<String> userGroups = engine.getIdentityService().createGroupQuery().groupMember(user.id()).list()
            .stream().map(org.camunda.bpm.engine.identity.Group::getId).toList();
        for (String process : entry.getValue()) {
          if (!engine.getAuthorizationService().isUserAuthorized(user.id(), userGroups,
              ProcessDefinitionPermissions.READ, Resources.PROCESS_DEFINITION, process)) {
            problems.add(user.id() + " (" + group + ") may not read the definition of " + process);
          }
        }
        if (TasklistFilters.ALL.stream().noneMatch(filter -> filter.groups().stream().anyMatch(userGroups::contains)
            && !filter.key().equals("my-open-tasks"))) {
          problems.add("no Tasklist filter of group " + group + " lists its tasks");
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void everyInstitutionsAgencyDraftsItsFrameworkInTasklist() throws Exception {
    RoleFixtures fixtures = new RoleFixtures(engine);
    List<String> all = Arrays.stream(Institution.values()).map(Institution::id).toList();
    RoleFixtures.Programme programme = fixtures.programmeAtAgencyFrameworks("DU-ALL-INSTITUTIONS", all);
    try {
      assertThat(programme.pledgeTasks()).as("one framework task per institution").hasSize(all.size());
      for (Institution institution : Institution.values()) {
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(programme.processInstanceId())
            .taskCandidateGroup(institution.agencyGroup()).singleResult().getId();
        DemoUsers.DemoUser user = DemoUsers.ALL.stream()
            .filter(u -> u.groupId().equals(institution.agencyGroup())).findFirst()
            .orElseThrow(() -> new AssertionError("no demo user drafts the framework of " + institution.label()));
        Http http = Http.basic(port, user.id(), DemoUsers.PASSWORD);
        // the agency's filter in Tasklist lists the task
        String filterId = null;
        for (JsonNode filter : JSON.readTree(
            http.get("/engine-rest/filter?resourceType=Task&firstResult=0&maxResults=100").body())) {
          if (filter.get("name").asText().equals("Agency frameworks")) {
            filterId = filter.get("id").asText();
          }
        }
        assertThat(filterId).as(user.id() + " has the agency filter").isNotNull();
        HttpResponse<String> listed = http.postJson("/engine-rest/filter/" + filterId
            + "/list?firstResult=0&maxResults=50", "{}");
        assertThat(listed.body()).as(user.id() + " sees the framework task of " + institution.id()).contains(taskId);
        HttpResponse<String> form = http.get("/engine-rest/task/" + taskId + "/form");
        assertThat(form.statusCode()).as(form.body()).isEqualTo(200);
        assertThat(http.postJson("/engine-rest/task/" + taskId + "/claim", "{\"userId\":\"" + user.id() + "\"}")
            .statusCode()).as(user.id() + " claims the framework task").isEqualTo(204);
      }
    } finally {
      fixtures.delete(programme.processInstanceId());
    }
  }

  /** Candidate group -> keys of the processes with a user task offered to it, from the latest deployed models. */
  private Map<String, Set<String>> candidateGroupsOfTheDeployedModels() {
    Map<String, Set<String>> groups = new TreeMap<>();
    for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery()
        .latestVersion().list()) {
      for (UserTask task : engine.getRepositoryService().getBpmnModelInstance(definition.getId())
          .getModelElementsByType(UserTask.class)) {
        String candidates = task.getCamundaCandidateGroups();
        if (candidates == null || candidates.isBlank()) {
          continue;
        }
        for (String candidate : candidates.split(",")) {
          String trimmed = candidate.trim();
          List<String> produced = trimmed.startsWith("${") || trimmed.startsWith("#{")
              ? EXPRESSION_GROUPS.get(trimmed) : List.of(trimmed);
          assertThat(produced).as("groups of the expression " + trimmed + " in " + definition.getKey() + "/"
              + task.getId() + ": add them to EXPRESSION_GROUPS").isNotNull();
          produced.forEach(group -> groups.computeIfAbsent(group, g -> new TreeSet<>()).add(definition.getKey()));
        }
      }
    }
    return groups;
  }
}
