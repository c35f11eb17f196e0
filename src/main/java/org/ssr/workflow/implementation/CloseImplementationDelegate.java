package org.ssr.workflow.implementation;

import static org.ssr.workflow.implementation.ImplementationProcess.Variables.*;

import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Oversight approved the final evaluation: implementation is closed, and with it the programme. */
@Component(ImplementationProcess.Beans.CLOSE_IMPLEMENTATION)
public class CloseImplementationDelegate implements JavaDelegate {

  public static final String CLOSED = "CLOSED";

  @Override
  public void execute(DelegateExecution execution) {
    IMPLEMENTATION_STATUS.on(execution).set(CLOSED);
    CLOSED_AT.on(execution).set(Date.from(ImplementationData.now()));
  }
}
