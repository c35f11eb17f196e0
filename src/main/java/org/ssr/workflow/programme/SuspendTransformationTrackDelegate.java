package org.ssr.workflow.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_SuspendTransformationTrack: a critical risk holds the track; everything open in it stops. */
@Component(ProgrammeProcess.Beans.SUSPEND_TRANSFORMATION_TRACK)
public class SuspendTransformationTrackDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    new TransformationTrackWork().hold(execution);
  }
}
