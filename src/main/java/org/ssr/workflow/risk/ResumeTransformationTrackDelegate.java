package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/**
 * ServiceTask_ResumeTransformationTrack: lifts this risk's hold; the programme continues with steps 7-10 once no
 * other critical risk holds the track.
 */
@Component("resumeTransformationTrackDelegate")
public class ResumeTransformationTrackDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    // this risk no longer holds the track (its status was TRACK_ON_HOLD until now)
    RiskState.setPosition(execution, RiskStatus.MONITORED, RiskLadder.COORDINATION_UNIT);
    new TransformationTrack(execution.getProcessEngineServices())
        .resume(execution.getProcessInstanceId(), Variables.PROGRAMME_CODE.from(execution).get());
    Variables.TRANSFORMATION_ON_HOLD.on(execution).set(false);
  }
}
