package org.ssr.workflow.notification;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Registers the {@link NotificationParseListener} with the engine (only when notifications are enabled). */
class NotificationEnginePlugin extends AbstractProcessEnginePlugin {

  private final BpmnParseListener parseListener;

  NotificationEnginePlugin(BpmnParseListener parseListener) {
    this.parseListener = parseListener;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners();
    if (listeners == null) {
      listeners = new ArrayList<>();
      configuration.setCustomPostBPMNParseListeners(listeners);
    }
    listeners.add(parseListener);
  }
}
