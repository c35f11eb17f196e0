package org.ssr.workflow.security;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.ssr.workflow.finance.FinancialPlanService;
import org.ssr.workflow.finance.PlanContext;
import org.ssr.workflow.finance.PlanFormat;
import org.ssr.workflow.finance.PlanUpload;
import org.ssr.workflow.finance.ProcessPlanContext;
import org.ssr.workflow.identity.SsrGroups;
import org.ssr.workflow.programme.ProgrammeCode;
import org.ssr.workflow.programme.ProgrammeDirectory;

/**
 * Running work for the role tests, set up as the application (no authenticated user) through the engine's Java API:
 * oversight reviews with one task per body, a chase task for the programme managers, and a programme waiting at its
 * financial feasibility plan (one donor-pledge task per donor, an uploaded plan to download).
 */
public final class RoleFixtures {

  public static final String REVIEW_PROCESS = "oversight-review";
  public static final String REVIEW_TASK = "UserTask_ReviewDocument";
  public static final String CHASE_TASK = "UserTask_ChaseOverdueReview";
  public static final String PLEDGE_TASK = "UserTask_RecordDonorPledges";

  private final ProcessEngine engine;

  public RoleFixtures(ProcessEngine engine) {
    this.engine = engine;
  }

  /** An oversight review of the three oversight bodies: the review task of each body, by group id. */
  public record Review(String processInstanceId, Map<String, String> taskByGroup) {}

  public Review review(String programmeCode, List<String> groups) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("programmeCode", programmeCode);
    variables.put("programmeTerm", "Security Sector Reform");
    variables.put("reviewKind", "NSP");
    variables.put("reviewSubject", "National Security Policy 2027");
    variables.put("reviewVersion", 2);
    variables.put("reviewDocument", Variables.fileValue("nsp-2027-v2.pdf")
        .file("%PDF-1.4 draft".getBytes(StandardCharsets.UTF_8)).mimeType("application/pdf").create());
    variables.put("reviewGroups", new ArrayList<>(groups));
    ProcessInstance pi = engine.getRuntimeService()
        .startProcessInstanceByKey(REVIEW_PROCESS, programmeCode, variables);
    Map<String, String> tasks = new LinkedHashMap<>();
    for (String group : groups) {
      Task task = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
          .taskDefinitionKey(REVIEW_TASK).taskCandidateGroup(group).singleResult();
      tasks.put(group, task.getId());
    }
    return new Review(pi.getId(), tasks);
  }

  public Review reviewByAllBodies(String programmeCode) {
    return review(programmeCode, List.of(SsrGroups.PARLIAMENT_OVERSIGHT, SsrGroups.JUSTICE_OVERSIGHT,
        SsrGroups.CIVIL_SOCIETY_MONITOR));
  }

  /** A review past its deadline: the deadline timer has fired, the managers have a chase task. */
  public String chaseTask(String programmeCode) {
    Review review = review(programmeCode, List.of(SsrGroups.PARLIAMENT_OVERSIGHT));
    Job deadline = engine.getManagementService().createJobQuery().processInstanceId(review.processInstanceId())
        .activityId("Boundary_ReviewDeadlinePassed").singleResult();
    engine.getManagementService().executeJob(deadline.getId());
    return engine.getTaskService().createTaskQuery().processInstanceId(review.processInstanceId())
        .taskDefinitionKey(CHASE_TASK).singleResult().getId();
  }

  /** A programme at step 10: one pledge task per donor, and (if {@code withPlan}) an uploaded financial plan. */
  public record Programme(String code, String processInstanceId, List<String> pledgeTasks) {}

  public Programme programmeAtFinancialPlan(String code, int donors, FinancialPlanService plans,
      ProgrammeDirectory directory) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("programmeCode", code);
    variables.put("programmeName", "Role test programme " + code);
    variables.put("country", "Testland");
    variables.put("programmeTerm", "Security Sector Reform");
    variables.put("institutions", new ArrayList<>(List.of("defence", "police")));
    List<String> donorNames = IntStream.rangeClosed(1, donors).mapToObj(i -> "Donor " + i).toList();
    variables.put("donors", new ArrayList<>(donorNames));
    variables.put("transformationOnHold", false);
    List<Map<String, Object>> actions = new ArrayList<>();
    actions.add(new LinkedHashMap<>(Map.of("id", "A-1", "title", "Civilian oversight training",
        "institution", "defence", "startYear", 2027, "endYear", 2028)));
    actions.add(new LinkedHashMap<>(Map.of("id", "A-2", "title", "Community policing pilots",
        "institution", "police", "startYear", 2027, "endYear", 2029)));
    variables.put("transformationActions", actions);
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey("ssr-programme")
        .businessKey(code)
        .setVariables(variables)
        .startBeforeActivity("SubProcess_FinancialFeasibilityPlan")
        .execute();
    List<String> pledges = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey(PLEDGE_TASK).orderByTaskId().asc().list().stream().map(Task::getId).toList();
    if (plans != null) {
      PlanContext context = ProcessPlanContext.of(code,
          directory.variables(ProgrammeCode.of(code)).orElseThrow());
      PlanUpload upload = plans.upload(context, "plan.xlsx", filled(plans.template(context)), "coordinator");
      if (!(upload instanceof PlanUpload.Accepted)) {
        throw new IllegalStateException("the fixture plan was refused: " + upload);
      }
    }
    return new Programme(code, pi.getId(), pledges);
  }

  /** The template as a finance officer fills it: a category, an amount and the national budget on every line. */
  static byte[] filled(byte[] template) {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      Sheet plan = wb.getSheet("Plan");
      for (int r = 1; r <= plan.getLastRowNum(); r++) {
        Row row = plan.getRow(r);
        if (row == null || row.getCell(0) == null) {
          continue;
        }
        row.getCell(4, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(PlanFormat.COST_CATEGORIES.get(0));
        row.getCell(5, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(1000.0 * r);
        row.getCell(6, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(PlanFormat.NATIONAL_BUDGET);
        row.getCell(7, Row.MissingCellPolicy.CREATE_NULL_AS_BLANK).setCellValue(1000.0 * r);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A programme at step 7: one framework task per institution, offered to that institution's agency group. */
  public Programme programmeAtAgencyFrameworks(String code, List<String> institutions) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("programmeCode", code);
    variables.put("programmeName", "Role test programme " + code);
    variables.put("programmeTerm", "Security Sector Reform");
    variables.put("institutions", new ArrayList<>(institutions));
    variables.put("transformationOnHold", false);
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceByKey("ssr-programme")
        .businessKey(code)
        .setVariables(variables)
        .startBeforeActivity("SubProcess_AgencyPolicyFrameworks#multiInstanceBody")
        .execute();
    List<String> drafts = engine.getTaskService().createTaskQuery().processInstanceId(pi.getId())
        .taskDefinitionKey("UserTask_DraftAgencyPolicyFramework").list().stream().map(Task::getId).toList();
    return new Programme(code, pi.getId(), drafts);
  }

  /** Removes what a test started (running instances only; history stays, as in production). */
  public void delete(String processInstanceId) {
    if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
      engine.getRuntimeService().deleteProcessInstance(processInstanceId, "role test finished", true, true);
    }
  }
}
