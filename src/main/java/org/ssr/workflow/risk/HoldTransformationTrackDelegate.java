package org.ssr.workflow.risk;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.risk.RiskHandlingProcess.Variables;

/** ServiceTask_HoldTransformationTrack: the programme managers put the transformation track on hold. */
@Component("holdTransformationTrackDelegate")
public class HoldTransformationTrackDelegate implements JavaDelegate {

  @Override
  public void execute(DelegateExecution execution) {
    new TransformationTrack(execution.getProcessEngineServices())
        .hold(execution.getProcessInstanceId(), Variables.PROGRAMME_CODE.from(execution).get());
    Variables.TRANSFORMATION_ON_HOLD.on(execution).set(true);
  }
}
