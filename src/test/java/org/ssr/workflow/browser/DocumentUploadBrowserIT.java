package org.ssr.workflow.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.ssr.workflow.programme.ProgrammeProcess.Elements;
import org.ssr.workflow.programme.ProgrammeProcess.Variables;
import org.ssr.workflow.support.SsrApplicationTest;

/**
 * The one document-upload form (forms/document-upload.html) in Tasklist: the NSP task names its document kind, the
 * form shows the NSP's texts, refuses to complete without a file (Complete stays enabled: issue 8), and submits title,
 * summary and file under the NSP's variable names. The programme is moved to step 6 through the Java API.
 */
@SsrApplicationTest
class DocumentUploadBrowserIT {

  private static final String CODE = "SSR-UPLOAD-01";

  @RegisterExtension final BrowserSession browser = new BrowserSession();

  @Autowired ProcessEngine engine;

  @Test
  void coordinatorUploadsTheNationalSecurityPolicy() throws Exception {
    ProcessInstance programme = new Programmes(engine).start(CODE);
    engine.getRuntimeService().createProcessInstanceModification(programme.getId())
        .startBeforeActivity(Elements.DRAFT_NSP)
        .cancelAllForActivity(Elements.RECORD_DIALOG_SESSION)
        .execute();

    long codeUpdatesBefore = updates(programme, Variables.PROGRAMME_CODE.name());

    browser.login("tasklist", "coordinator");
    Tasklist tasklist = new Tasklist(browser);
    tasklist.openFilter(ProgrammeStartBrowserIT.filterName("coordination-unit"));
    tasklist.openTaskNamed("Draft National Security Policy framework", CODE);
    tasklist.claim();
    browser.waitVisible(By.id("nspDocument"));
    assertThat(browser.pageText()).contains("Step 6: National Security Policy framework")
        .contains("Title of the NSP framework").contains("NSP framework document").contains(CODE);

    browser.driver().findElement(By.id("nspTitle")).sendKeys("National Security Policy 2027");
    browser.driver().findElement(By.id("nspSummary")).sendKeys("Civilian control of every security institution.");
    WebElement complete = browser.waitClickable(By.xpath("//button[normalize-space(.) = 'Complete']"));
    // the NSP's form is long (its priorities follow the document): bring the button up from under Tasklist's footer
    browser.scrollIntoView(complete);
    complete.click();
    browser.waitForText("Choose the file to upload, then complete the task.");
    assertThat(new Programmes(engine).openTasks(CODE, Elements.DRAFT_NSP)).as("no file: the task stays open")
        .hasSize(1);
    browser.step("nsp-file-missing");

    Path document = browser.downloads().resolve("nsp-2027.txt");
    Files.writeString(document, "National Security Policy 2027, draft 1.", StandardCharsets.UTF_8);
    browser.driver().findElement(By.id("nspDocument")).sendKeys(document.toString());
    browser.step("nsp-file-chosen");
    tasklist.complete();

    assertThat(new Programmes(engine).openTasks(CODE, Elements.DRAFT_NSP)).isEmpty();
    assertThat(historic(programme, Variables.NSP_TITLE.name()).getValue()).isEqualTo("National Security Policy 2027");
    assertThat(historic(programme, "nspSummary").getValue())
        .isEqualTo("Civilian control of every security institution.");
    FileValue file = (FileValue) historic(programme, Variables.NSP_DOCUMENT.name()).getTypedValue();
    assertThat(file.getFilename()).isEqualTo("nsp-2027.txt");
    assertThat(file.getValue().readAllBytes()).isEqualTo(Files.readAllBytes(document));
    assertThat(updates(programme, Variables.PROGRAMME_CODE.name())).as("what the form only shows is not submitted")
        .isEqualTo(codeUpdatesBefore);
    browser.step("nsp-uploaded");
  }

  private HistoricVariableInstance historic(ProcessInstance programme, String name) {
    return engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(programme.getId())
        .variableName(name).singleResult();
  }

  private long updates(ProcessInstance programme, String name) {
    return engine.getHistoryService().createHistoricDetailQuery().variableUpdates()
        .variableInstanceId(historic(programme, name).getId()).count();
  }
}
