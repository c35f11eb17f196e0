package org.ssr.workflow.identity;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;

import java.util.List;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.ProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The role model of docs/roles.md, granted at start-up in every profile (idempotent, see {@link AuthorizationGrants}).
 *
 * <p>What is deliberately <em>not</em> here: any grant on {@link Resources#TASK}, or READ_TASK / TASK_WORK /
 * UPDATE_TASK on a process definition. Tasks are visible and workable only through the candidate group the model
 * names: the engine's DefaultAuthorizationProvider grants that group READ + TASK_WORK on each task it creates
 * ({@code default-user-permission-name-for-task: TASK_WORK} in application.yaml), so a member may claim and complete
 * but never hand the task to someone else, and nobody else sees it. No FILTER, DEPLOYMENT, USER, GROUP, GROUP_MEMBERSHIP
 * or AUTHORIZATION grant exists for any group but camunda-admin (IdentitySetupPlugin grants that one ALL).
 */
@Component
public class RoleAuthorizations implements IdentitySetupPlugin.GroupGrantContributor {

  public static final String PROGRAMME_PROCESS = "ssr-programme";
  public static final String OVERSIGHT_REVIEW_PROCESS = "oversight-review";
  public static final String RISK_REPORT_PROCESS = "risk-report";
  public static final String RISK_HANDLING_PROCESS = "risk-handling";
  public static final String LOCAL_PLATFORMS_PROCESS = "local-platforms";
  public static final String LOCAL_REPORT_PROCESS = "local-security-report";
  public static final String IMPLEMENTATION_PROCESS = "programme-implementation";
  public static final String CHANGE_REQUEST_PROCESS = "programme-change-request";

  /** Every role of the product (all groups except the IT administrators). */
  public static final List<String> ROLES = SsrGroups.ALL.stream()
      .map(SsrGroups.GroupDefinition::id)
      .filter(id -> !id.equals(SsrGroups.CAMUNDA_ADMIN))
      .toList();

  public static final List<String> OVERSIGHT_BODIES = List.of(
      SsrGroups.PARLIAMENT_OVERSIGHT, SsrGroups.JUSTICE_OVERSIGHT, SsrGroups.CIVIL_SOCIETY_MONITOR);

  public static final List<String> AGENCIES = List.of(
      SsrGroups.AGENCY_DEFENCE, SsrGroups.AGENCY_POLICE, SsrGroups.AGENCY_INTELLIGENCE,
      SsrGroups.AGENCY_JUSTICE, SsrGroups.AGENCY_CORRECTIONS, SsrGroups.AGENCY_BORDER,
      SsrGroups.AGENCY_MILITIAS, SsrGroups.AGENCY_LOCAL_DEFENCE_GROUPS, SsrGroups.AGENCY_PRIVATE_SECURITY);

  @Override
  public void grant(AuthorizationGrants grants) {
    // Starting a process needs CREATE on process instances (resource id must be ANY) and CREATE_INSTANCE on the
    // definition: the definition grant is what limits whom may start what.
    for (String role : ROLES) {
      grants.grantGroup(role, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.CREATE);
      // step 12: every role may report a risk (Tasklist start form or REST)
      grants.grantGroup(role, Resources.PROCESS_DEFINITION, RISK_REPORT_PROCESS,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }
    // only the coordination unit starts a programme
    grants.grantGroup(SsrGroups.COORDINATION_UNIT, Resources.PROCESS_DEFINITION, PROGRAMME_PROCESS,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);

    // the coordination unit and the oversight bodies may ask for a change to a running programme at any time (an
    // amendment of its strategy in implementation, or of its oversight charter after step 11)
    for (String group : java.util.stream.Stream.concat(java.util.stream.Stream.of(SsrGroups.COORDINATION_UNIT),
        OVERSIGHT_BODIES.stream()).toList()) {
      grants.grantGroup(group, Resources.PROCESS_DEFINITION, CHANGE_REQUEST_PROCESS,
          ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    }

    // READ on a definition (not its instances, not its tasks) for the groups that have tasks in it: Tasklist shows
    // the process name and the diagram of a task and renders its deployed form.
    // the civil-society monitor validates the NSP and the frameworks (issue 15); facilitators observe it
    for (String group : List.of(SsrGroups.FACILITATORS, SsrGroups.DONORS, SsrGroups.CIVIL_SOCIETY_MONITOR)) {
      grants.grantGroup(group, Resources.PROCESS_DEFINITION, PROGRAMME_PROCESS, ProcessDefinitionPermissions.READ);
    }
    for (String agency : AGENCIES) {
      grants.grantGroup(agency, Resources.PROCESS_DEFINITION, PROGRAMME_PROCESS, ProcessDefinitionPermissions.READ);
    }
    // implementation: the owner institutions report, the coordination unit consolidates, amends and evaluates
    for (String group : java.util.stream.Stream.concat(AGENCIES.stream(), java.util.stream.Stream.of(
        SsrGroups.COORDINATION_UNIT)).toList()) {
      grants.grantGroup(group, Resources.PROCESS_DEFINITION, IMPLEMENTATION_PROCESS, ProcessDefinitionPermissions.READ);
    }
    for (String body : OVERSIGHT_BODIES) {
      grants.grantGroup(body, Resources.PROCESS_DEFINITION, OVERSIGHT_REVIEW_PROCESS,
          ProcessDefinitionPermissions.READ);
    }
    for (String group : List.of(SsrGroups.COORDINATION_UNIT, SsrGroups.FACILITATORS)) {
      grants.grantGroup(group, Resources.PROCESS_DEFINITION, RISK_HANDLING_PROCESS, ProcessDefinitionPermissions.READ);
    }

    // local platforms file their reports (start form or REST); what a member then sees is decided by the group of
    // their region's platform (candidate group of the answers they read). The monitor consolidates and decides on
    // concerns; agencies answer follow-ups.
    grants.grantGroup(SsrGroups.LOCAL_PLATFORMS, Resources.PROCESS_DEFINITION, LOCAL_REPORT_PROCESS,
        ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
    for (String process : List.of(LOCAL_PLATFORMS_PROCESS, LOCAL_REPORT_PROCESS)) {
      grants.grantGroup(SsrGroups.CIVIL_SOCIETY_MONITOR, Resources.PROCESS_DEFINITION, process,
          ProcessDefinitionPermissions.READ);
    }
    for (String agency : AGENCIES) {
      grants.grantGroup(agency, Resources.PROCESS_DEFINITION, LOCAL_REPORT_PROCESS, ProcessDefinitionPermissions.READ);
    }

    // programme managers watch every programme in Cockpit: definitions, instances (with their variables) and
    // history, decisions included. No READ_TASK, TASK_WORK, UPDATE or UPDATE_INSTANCE: they see that a review is
    // open (and its history) but can neither claim nor complete it, nor change or cancel an instance.
    String managers = SsrGroups.PROGRAMME_MANAGERS;
    grants.grantGroup(managers, Resources.PROCESS_DEFINITION, ANY, ProcessDefinitionPermissions.READ,
        ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_HISTORY);
    grants.grantGroup(managers, Resources.PROCESS_INSTANCE, ANY, ProcessInstancePermissions.READ);
    grants.grantGroup(managers, Resources.DECISION_DEFINITION, ANY, Permissions.READ,
        Permissions.READ_HISTORY);
    grants.grantGroup(managers, Resources.DECISION_REQUIREMENTS_DEFINITION, ANY, Permissions.READ);
  }
}
