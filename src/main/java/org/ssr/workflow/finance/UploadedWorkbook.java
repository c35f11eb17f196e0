package org.ssr.workflow.finance;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.variable.value.FileValue;
import org.ssr.workflow.engine.Variable;

/**
 * A workbook a person uploaded in an upload task, as the import delegates of the plan and of the budget execution
 * read it: file name and bytes (both null without a file, which the use case refuses), and who uploaded it.
 *
 * @param uploader the assignee of the latest upload task (Tasklist claims before completing), read from history
 *     rather than the current authentication so it also works when the import runs as a job; else the current user
 */
record UploadedWorkbook(String fileName, byte[] bytes, String uploader) {

  static UploadedWorkbook of(DelegateExecution execution, Variable<FileValue> fileVariable, String uploadTask) {
    FileValue file = fileVariable.from(execution).get();
    return new UploadedWorkbook(file == null ? null : file.getFilename(), file == null ? null : read(file),
        uploader(execution, uploadTask));
  }

  private static byte[] read(FileValue file) {
    try (InputStream in = file.getValue()) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String uploader(DelegateExecution execution, String uploadTask) {
    List<HistoricTaskInstance> tasks = execution.getProcessEngineServices().getHistoryService()
        .createHistoricTaskInstanceQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(uploadTask).orderByHistoricActivityInstanceStartTime().desc().listPage(0, 1);
    if (!tasks.isEmpty() && tasks.get(0).getAssignee() != null) {
      return tasks.get(0).getAssignee();
    }
    Authentication auth = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return auth != null && auth.getUserId() != null ? auth.getUserId() : "unknown";
  }
}
