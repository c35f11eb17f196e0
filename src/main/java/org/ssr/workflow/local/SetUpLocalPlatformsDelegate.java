package org.ssr.workflow.local;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import org.ssr.workflow.local.LocalPlatformsProcess.Variables;
import org.ssr.workflow.programme.ProgrammeCode;

/**
 * ServiceTask_SetUpLocalPlatforms: one group per region of the programme (kept if an administrator created it
 * first), the programme code as business key, and the configured silence period.
 */
@Component(LocalPlatformsProcess.Beans.SET_UP)
public class SetUpLocalPlatformsDelegate implements JavaDelegate {

  private final LocalPlatformsProperties properties;

  public SetUpLocalPlatformsDelegate(LocalPlatformsProperties properties) {
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProgrammeCode code = ProgrammeCode.of(Variables.PROGRAMME_CODE.from(execution).required());
    LocalPlatforms platforms = new LocalPlatforms(execution.getProcessEngineServices());
    for (String region : Variables.REGIONS.from(execution).get()) {
      platforms.ensureGroup(new LocalPlatforms.Platform(code.value(), region,
          LocalPlatformGroups.groupId(code.value(), region)));
    }
    if (execution.getProcessBusinessKey() == null) {
      execution.setProcessBusinessKey(code.value());
    }
    Variables.SILENCE_PERIOD.on(execution).set(properties.silence().toString());
  }
}
