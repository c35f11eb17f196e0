package org.ssr.workflow.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;
import org.springframework.http.ResponseEntity;
import org.ssr.workflow.decision.DecisionRecordConflictException;
import org.ssr.workflow.finance.PlanVersionConflictException;
import org.ssr.workflow.finance.PledgesRejectedException;
import org.ssr.workflow.risk.RiskInputRejectedException;

/** The answers of the mapper for each kind of lost race, without a server (the race tests cover the paths). */
class ConcurrentChangeExceptionMapperTest {

  private final ConcurrentChangeExceptionMapper.ForAnyException mapper =
      new ConcurrentChangeExceptionMapper.ForAnyException(null);

  @Test
  void aLostOptimisticLockIsAConflict() {
    Response response = mapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new OptimisticLockingException("ENGINE-03005 Execution of 'DELETE TimerEntity[x]' failed."), "Cannot submit"));
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(body(response)).containsEntry("type", "OptimisticLockingException")
        .containsEntry("message", ConcurrentChangeExceptionMapper.CONCURRENT_CHANGE);
  }

  @Test
  void aTaskSomeoneElseHasClaimedIsAConflictThatNamesThem() {
    Response response = mapper.toResponse(new TaskAlreadyClaimedException("t-1", "parliament"));
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(body(response)).containsEntry("type", "TaskAlreadyClaimedException")
        .containsEntry("message", "This task has just been claimed by parliament. Nothing of your request was saved. "
            + "Reload the task list and check what is left to do.");
  }

  @Test
  void aPlanUploadThatLostTheVersionNumberInsideATaskCompletionIsAConflict() {
    Response response = mapper.toResponse(new ProcessEngineException("import failed",
        new PlanVersionConflictException("PH-2026", null)));
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(body(response)).containsEntry("type", "ConcurrentChangeException")
        .containsEntry("message", ConcurrentChangeExceptionMapper.CONCURRENT_CHANGE);
  }

  @Test
  void aDecisionThatLostItsPlaceInTheDecisionRecordIsAConflict() {
    Response response = mapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("listener failed", new DecisionRecordConflictException("SSR-1", null)),
        "Cannot submit task form"));
    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(body(response)).containsEntry("type", "ConcurrentChangeException")
        .containsEntry("message", ConcurrentChangeExceptionMapper.CONCURRENT_CHANGE);
  }

  @Test
  void aRefusedInputAnywhereInTheCauseChainIsA400WithItsOwnMessage() {
    PledgesRejectedException refused = new PledgesRejectedException(List.of("Pledge 1: unknown action A27"));
    // as the engine and the REST resource wrap what a task listener throws
    Response response = mapper.toResponse(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new ProcessEngineException("ENGINE-03051 There was an exception while invoking the TaskListener.",
            new ProcessEngineException("Exception while invoking TaskListener: " + refused.getMessage(), refused)),
        "Cannot submit task form t-1"));
    assertThat(response.getStatus()).isEqualTo(400);
    assertThat(body(response)).containsEntry("type", "InvalidRequestException")
        .containsEntry("message", "Pledges not recorded: Pledge 1: unknown action A27");
  }

  @Test
  void ourApiAnswersARefusedInputWithTheSame400() {
    ResponseEntity<Object> answer = new ApiExceptionHandler().unexpected(new ProcessEngineException("wrapped",
        new RiskInputRejectedException("riskLikelihood must be a whole number from 1 to 5, was 7")));
    assertThat(answer.getStatusCode().value()).isEqualTo(400);
    assertThat(answer.getBody()).isEqualTo(Map.of("type", "InvalidRequestException",
        "message", "riskLikelihood must be a whole number from 1 to 5, was 7"));
  }

  @Test
  void anythingElseKeepsCamundasAnswer() {
    assertThat(mapper.toResponse(new ProcessEngineException("boom")).getStatus()).isEqualTo(500);
    assertThat(mapper.toResponse(new IllegalArgumentException("bad")).getStatus()).isEqualTo(500);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(Response response) {
    return (Map<String, Object>) response.getEntity();
  }
}
