package org.ssr.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Tasklist reads a task once more while its completion commits (seen in WholeProgrammeBrowserIT: {@code GET
 * /camunda/api/engine/engine/default/task/{id}} answered 500 "Cannot find task with id …: task is null", the task found
 * by the query but its identity links gone by the time the HAL answer embedded them). A read of a task that was
 * completed meanwhile answers as Camunda answers a read that comes a moment later: 404. Any other failure of a read
 * keeps Camunda's answer.
 */
class TaskReadDuringCompletionTest {

  private static ProcessEngine engine;

  @BeforeAll
  static void engine() {
    // its own name: an engine named "default" would replace, and on close unregister, the application's engine that
    // the webapps of the Spring tests in the same JVM look up by that name
    engine = ProcessEngineConfiguration.createStandaloneInMemProcessEngineConfiguration()
        .setProcessEngineName("task-read-during-completion")
        .setJdbcUrl("jdbc:h2:mem:task-read-during-completion;DB_CLOSE_DELAY=1000")
        .setHistory(ProcessEngineConfiguration.HISTORY_FULL)
        .setJobExecutorActivate(false)
        .buildProcessEngine();
  }

  @AfterAll
  static void close() {
    engine.close();
  }

  @Test
  void aTaskReadThatMeetsTheTaskCompletedMeanwhileIsNotFound() {
    Task task = engine.getTaskService().newTask();
    engine.getTaskService().saveTask(task);
    engine.getTaskService().complete(task.getId());

    Response response = mapperFor("engine/task-read-during-completion/task/" + task.getId()).toResponse(
        new NullValueException("Cannot find task with id " + task.getId() + ": task is null"));

    assertThat(response.getStatus()).isEqualTo(404);
    assertThat(body(response)).containsEntry("message", "No matching task with id " + task.getId());
    assertThat(mapperFor("engine/task-read-during-completion/task/" + task.getId() + "/form").toResponse(
        new RestException(Response.Status.INTERNAL_SERVER_ERROR, new NullValueException("task is null"), "x"))
        .getStatus()).isEqualTo(404);
  }

  @Test
  void aFailedReadOfATaskThatStillRunsKeepsCamundasAnswer() {
    Task task = engine.getTaskService().newTask();
    engine.getTaskService().saveTask(task);

    Response response = mapperFor("engine/task-read-during-completion/task/" + task.getId()).toResponse(
        new NullValueException("something else"));

    assertThat(response.getStatus()).isEqualTo(500);
    engine.getTaskService().deleteTask(task.getId(), true);
  }

  private static ConcurrentChangeExceptionMapper.ForAnyException mapperFor(String path) {
    ConcurrentChangeExceptionMapper.ForAnyException mapper = new ConcurrentChangeExceptionMapper.ForAnyException(engine);
    UriInfo uri = mock(UriInfo.class);
    when(uri.getPath()).thenReturn(path);
    ReflectionTestUtils.setField(mapper, "uriInfo", uri);
    return mapper;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(Response response) {
    return (Map<String, Object>) response.getEntity();
  }
}
