package org.ssr.workflow.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ServiceTask_ActivateTransformationTrack: the hold is lifted; the track's work continues where it was. */
@Component(ProgrammeProcess.Beans.ACTIVATE_TRANSFORMATION_TRACK)
public class ActivateTransformationTrackDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    new TransformationTrackWork().resume(execution);
  }
}
