package org.ssr.workflow.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.camunda.spin.json.SpinJsonNode;
import org.camunda.spin.plugin.variable.SpinValues;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * Step 10 of the real ssr-programme model with the real finance beans: donors record pledges, the template carries
 * them, a bad upload comes back to the upload task with its problems, a good one reaches the totals review.
 */
@SsrApplicationTest
class FinancialPlanStepTest {

  @Autowired
  RuntimeService runtime;

  @Autowired
  TaskService tasks;

  @Autowired
  ManagementService management;

  @Autowired
  FinancialPlanService service;

  @Test
  void pledgesTemplateRefusedUploadAndAcceptedUpload() throws Exception {
    String code = "STEP10-" + UUID.randomUUID().toString().substring(0, 8);
    ProcessInstance pi = runtime.createProcessInstanceByKey(FinancialPlanProcess.PROGRAMME_PROCESS_KEY)
        .businessKey(code)
        .setVariables(FinanceProcessVariables.of(code))
        .startBeforeActivity(FinancialPlanProcess.TASK_RECORD_DONOR_PLEDGES + "#multiInstanceBody")
        .execute();
    List<Task> donorTasks = taskList(pi, FinancialPlanProcess.TASK_RECORD_DONOR_PLEDGES);
    assertThat(donorTasks).hasSize(2);

    Task eu = donorTasks.stream().filter(t -> PlanFixtures.EU.equals(tasks.getVariable(t.getId(), "donor")))
        .findFirst().orElseThrow();
    tasks.claim(eu.getId(), "donor");
    // an unknown action refuses the form: the donor corrects it
    assertThatThrownBy(() -> tasks.complete(eu.getId(), Variables.createVariables().putValue("pledges",
            SpinValues.jsonValue("[{\"amount\":250000,\"year\":2027,\"action\":\"A-7\",\"agenda\":\"x\"}]").create())))
        .hasMessageContaining("Pledge 1: unknown action A-7 (actions: A-1, A-2, A-3)");
    tasks.complete(eu.getId(), Variables.createVariables().putValue("pledges", SpinValues.jsonValue(
        "[{\"amount\":250000,\"year\":2027,\"action\":\"A-2\",\"conditions\":\"Annual audit\","
            + "\"agenda\":\"Migration control at the southern border\"}]").create()));
    assertThat(runtime.getVariable(pi.getId(), "pledges")).isNull();
    Task undp = taskList(pi, FinancialPlanProcess.TASK_RECORD_DONOR_PLEDGES).get(0);
    tasks.complete(undp.getId(), Variables.createVariables().putValue("pledges", SpinValues.jsonValue(
        "[{\"amount\":\"80000\",\"year\":2026,\"institution\":\"justice\",\"agenda\":\"Rule of law\"}]").create()));
    assertThat(service.pledges(code)).extracting(DonorPledge::donor, DonorPledge::agenda).containsExactly(
        org.assertj.core.groups.Tuple.tuple(PlanFixtures.EU, "Migration control at the southern border"),
        org.assertj.core.groups.Tuple.tuple(PlanFixtures.UNDP, "Rule of law"));

    // the template task is asynchronous: run its job as the job executor would
    Job job = management.createJobQuery().processInstanceId(pi.getId()).singleResult();
    management.executeJob(job.getId());
    FileValue template = runtime.getVariableTyped(pi.getId(), FinancialPlanProcess.Variables.TEMPLATE.name());
    assertThat(template.getFilename()).isEqualTo("financial-plan-template-" + code + ".xlsx");
    byte[] templateBytes = template.getValue().readAllBytes();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(templateBytes))) {
      assertThat(wb.getSheet("Pledges").getRow(1).getCell(0).getStringCellValue()).isEqualTo(PlanFixtures.EU);
    }

    Task upload = taskList(pi, FinancialPlanProcess.TASK_UPLOAD).get(0);
    tasks.claim(upload.getId(), "coordinator");
    tasks.complete(upload.getId(), file("empty.xlsx", PlanFixtures.plan()));
    upload = taskList(pi, FinancialPlanProcess.TASK_UPLOAD).get(0);
    SpinJsonNode errors = (SpinJsonNode) runtime.getVariable(pi.getId(), FinancialPlanProcess.Variables.ERRORS.name());
    assertThat(errors.elements()).extracting(SpinJsonNode::stringValue).containsExactly("Plan: (sheet) — the plan "
        + "has no lines — fill in at least one line: action, year, cost category, funding source and an amount");
    assertThat(service.refusedAttempts(code)).singleElement()
        .satisfies(a -> assertThat(a.attemptedBy()).isEqualTo("coordinator"));

    tasks.claim(upload.getId(), "coordinator");
    tasks.complete(upload.getId(), file("plan.xlsx", PlanFixtures.filledTemplate(templateBytes)));
    assertThat(taskList(pi, FinancialPlanProcess.TASK_REVIEW_TOTALS)).hasSize(1);
    assertThat(runtime.getVariable(pi.getId(), FinancialPlanProcess.Variables.VERSION.name())).isEqualTo(1);
    SpinJsonNode totals = (SpinJsonNode) runtime.getVariable(pi.getId(), FinancialPlanProcess.Variables.TOTALS.name());
    assertThat(totals.prop("lineCount").numberValue().intValue()).isEqualTo(13);
    assertThat(runtime.getVariable(pi.getId(), FinancialPlanProcess.Variables.ERRORS.name()))
        .as("a good upload removes the problems of the refused one").isNull();
    FileValue summary = runtime.getVariableTyped(pi.getId(), FinancialPlanProcess.Variables.SUMMARY.name());
    assertThat(summary.getFilename()).isEqualTo("financial-plan-" + code + "-v1.xlsx");
    assertThat(service.info(code, 1).orElseThrow().uploadedBy()).isEqualTo("coordinator");
    // other tests share the engine: leave no waiting programme behind
    runtime.deleteProcessInstance(pi.getId(), "finance step test done", true, true, true, true);
  }

  private List<Task> taskList(ProcessInstance pi, String key) {
    return tasks.createTaskQuery().processInstanceId(pi.getId()).taskDefinitionKey(key).list();
  }

  private static org.camunda.bpm.engine.variable.VariableMap file(String name, byte[] bytes) {
    return Variables.createVariables().putValue(FinancialPlanProcess.Variables.FILE.name(),
        Variables.fileValue(name).file(bytes).mimeType(Workbooks.XLSX).create());
  }
}
